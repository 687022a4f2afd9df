#include "PartnerDialog.h"

#include "Error.h"
#include "admin/DialogKeys.h"
#include "domain/Labels.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

QStringList splitList(const QString& text)
{
    QStringList result;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

// 0..120 years, with "not stated" below 0.
QSpinBox* ageSpin(QWidget* parent, const std::optional<int>& value)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(-1, 120);
    spin->setSpecialValueText(PartnerDialog::tr("not stated"));
    spin->setSuffix(PartnerDialog::tr(" years"));
    spin->setValue(value.value_or(-1));
    return spin;
}

std::optional<int> ageOf(const QSpinBox* spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
}

} // namespace

PartnerDialog::PartnerDialog(const Session& session, const QList<PartnerCategory>& categories,
                             const QList<Area>& areas, const Partner& partner, QWidget* parent)
    : QDialog(parent), m_session(session), m_original(partner), m_name(new QLineEdit(partner.name, this)),
      m_category(new QComboBox(this)), m_description(new QPlainTextEdit(partner.description, this)),
      m_services(new QPlainTextEdit(partner.services.join(QLatin1Char('\n')), this)),
      m_address(new QLineEdit(partner.address, this)), m_postcode(new QLineEdit(partner.postcode, this)),
      m_city(new QLineEdit(partner.city, this)),
      m_country(new QLineEdit(partner.country.isEmpty() ? QStringLiteral("NL") : partner.country, this)),
      m_phone(new QLineEdit(partner.phone, this)), m_email(new QLineEdit(partner.email, this)),
      m_website(new QLineEdit(partner.website, this)), m_minimumAge(ageSpin(this, partner.minimumAge)),
      m_maximumAge(ageSpin(this, partner.maximumAge)), m_children(new QCheckBox(tr("Children"), this)),
      m_parents(new QCheckBox(tr("Parents"), this)),
      m_professionals(new QCheckBox(tr("Professionals"), this)),
      m_languages(new QLineEdit(partner.languages.join(QStringLiteral(", ")), this)),
      m_areas(new QLineEdit(partner.serviceAreas.join(QStringLiteral(", ")), this)),
      m_status(new QComboBox(this)), m_contacts(new QTableWidget(0, 4, this)), m_error(new QLabel(this))
{
    setWindowTitle(partner.id == 0 ? tr("New partner") : tr("Edit %1").arg(partner.name));
    fillChoices(categories, areas);
    configureFields();
    QFormLayout* form = buildForm();

    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerDialog::accept);
    acceptOnCtrlEnter(this, buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 720);
}

void PartnerDialog::fillChoices(const QList<PartnerCategory>& categories, const QList<Area>& areas)
{
    const bool dutch = QLocale().language() == QLocale::Dutch;
    for (const PartnerCategory& c : categories)
        m_category->addItem(dutch ? c.labelNl : c.labelEn, c.code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_original.categoryCode)));
    for (const PartnerStatus s : {PartnerStatus::Active, PartnerStatus::TemporarilyClosed,
                                  PartnerStatus::Inactive, PartnerStatus::Defunct})
        m_status->addItem(Labels::partnerStatus(s), toCode(s));
    m_status->setCurrentIndex(m_status->findData(toCode(m_original.status)));
    m_children->setChecked(m_original.audience.contains(QStringLiteral("children")));
    m_parents->setChecked(m_original.audience.contains(QStringLiteral("parents")));
    m_professionals->setChecked(m_original.audience.contains(QStringLiteral("professionals")));
    QStringList areaNames;
    for (const Area& a : areas)
        areaNames.append(a.name);
    auto* completer = new QCompleter(areaNames, m_areas);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_areas->setCompleter(completer);
}

void PartnerDialog::configureFields()
{
    m_description->setTabChangesFocus(true);
    m_services->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    m_services->setFixedHeight(56);
    m_services->setPlaceholderText(tr("One per line, e.g. Voorleesuurtje"));
    m_postcode->setPlaceholderText(tr("2593 AB"));
    m_country->setMaxLength(2);
    m_country->setFixedWidth(50);
    m_website->setPlaceholderText(tr("https://..."));
    m_languages->setPlaceholderText(tr("Nederlands, Turks, Arabisch"));
    m_areas->setPlaceholderText(tr("Wijken or stadsdelen, separated by commas"));
    // The address row holds four fields behind one label: each says which part it is.
    m_address->setAccessibleName(tr("Street and number"));
    m_postcode->setAccessibleName(tr("Postcode"));
    m_city->setAccessibleName(tr("City"));
    m_country->setAccessibleName(tr("Country code"));
    m_minimumAge->setAccessibleName(tr("Minimum age"));
    m_maximumAge->setAccessibleName(tr("Maximum age"));
    m_contacts->setAccessibleName(tr("Contacts"));
}

QFormLayout* PartnerDialog::buildForm()
{
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 3);
    addressRow->addWidget(m_postcode, 1);
    addressRow->addWidget(m_city, 2);
    addressRow->addWidget(m_country);
    auto* agesRow = new QHBoxLayout;
    agesRow->addWidget(new QLabel(tr("from"), this));
    agesRow->addWidget(m_minimumAge);
    agesRow->addWidget(new QLabel(tr("to"), this));
    agesRow->addWidget(m_maximumAge);
    agesRow->addStretch();
    auto* audienceRow = new QHBoxLayout;
    audienceRow->addWidget(m_children);
    audienceRow->addWidget(m_parents);
    audienceRow->addWidget(m_professionals);
    audienceRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("Ser&vices"), m_services);
    // A row of several fields gets its label's buddy by hand, or the '&' shows literally.
    auto* addressLabel = new QLabel(tr("&Address"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressRow);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Website"), m_website);
    auto* agesLabel = new QLabel(tr("A&ges"), this);
    agesLabel->setBuddy(m_minimumAge);
    form->addRow(agesLabel, agesRow);
    form->addRow(tr("Audience"), audienceRow);
    form->addRow(tr("&Languages"), m_languages);
    form->addRow(tr("Neigh&bourhoods"), m_areas);
    form->addRow(tr("S&tatus"), m_status);
    form->addRow(tr("Contacts"), buildContacts());

    return form;
}

QWidget* PartnerDialog::buildContacts()
{
    auto* box = new QWidget(this);
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("Email")});
    HeaderToolTips::set(m_contacts->horizontalHeader(),
                        {tr("The contact person's name"), tr("What the contact person does"),
                         tr("A direct phone number"), tr("A direct e-mail address")});
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contacts->verticalHeader()->hide();
    m_contacts->setMinimumHeight(90);
    for (const PartnerContact& c : m_original.contacts) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        const QStringList values{c.name, c.role, c.phone, c.email};
        for (int col = 0; col < 4; ++col)
            m_contacts->setItem(row, col, new QTableWidgetItem(values.at(col)));
    }
    auto* add = new QPushButton(tr("Add contact"), box);
    auto* remove = new QPushButton(tr("Remove contact"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        for (int col = 0; col < 4; ++col)
            m_contacts->setItem(row, col, new QTableWidgetItem);
        m_contacts->setCurrentCell(row, 0);
        m_contacts->editItem(m_contacts->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0)
            m_contacts->removeRow(m_contacts->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contacts);
    layout->addLayout(buttons);
    return box;
}

Partner PartnerDialog::partner() const
{
    Partner p = m_original;
    p.name = m_name->text().trimmed();
    p.categoryCode = m_category->currentData().toString();
    p.description = m_description->toPlainText().trimmed();
    p.services.clear();
    for (const QString& line : m_services->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            p.services.append(line.trimmed());
    p.address = m_address->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.city = m_city->text().trimmed();
    p.country = m_country->text().trimmed().toUpper();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.website = m_website->text().trimmed();
    p.minimumAge = ageOf(m_minimumAge);
    p.maximumAge = ageOf(m_maximumAge);
    p.audience.clear();
    if (m_children->isChecked())
        p.audience.append(QStringLiteral("children"));
    if (m_parents->isChecked())
        p.audience.append(QStringLiteral("parents"));
    if (m_professionals->isChecked())
        p.audience.append(QStringLiteral("professionals"));
    p.languages = splitList(m_languages->text());
    p.serviceAreas = splitList(m_areas->text());
    p.status = partnerStatusFromCode(m_status->currentData().toString()).value_or(PartnerStatus::Active);
    p.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const auto text = [&](int col) {
            return m_contacts->item(row, col) ? m_contacts->item(row, col)->text().trimmed() : QString();
        };
        PartnerContact c{0, text(0), text(1), text(2), text(3)};
        if (!(c.name.isEmpty() && c.role.isEmpty() && c.phone.isEmpty() && c.email.isEmpty()))
            p.contacts.append(c);
    }
    return p;
}

QString PartnerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PartnerDialog::accept()
{
    try {
        const Partner p = partner();
        PartnerStore store(m_session.db);
        if (p.id == 0) {
            m_savedId = store.create(m_session.actor, p);
        } else {
            store.update(m_session.actor, p, m_overwrite);
            m_savedId = p.id;
        }
        QDialog::accept();
    } catch (const EditConflictError& e) {
        resolveConflict(e, partner());
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
