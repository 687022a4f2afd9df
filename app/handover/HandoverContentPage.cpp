#include "HandoverContentPage.h"

#include "HandoverWizard.h"
#include "domain/Labels.h"
#include "shell/Session.h"
#include "store/DomainStore.h"
#include "store/HandoverRules.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kz {

HandoverContentPage::HandoverContentPage(HandoverWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_consentNote(new QLabel(this)),
      m_personal(textEdit(QStringLiteral("personal"), 3)),
      m_strengths(textEdit(QStringLiteral("strengths"), 4)), m_domainForm(new QFormLayout),
      m_addDomain(new QComboBox(this)), m_support(textEdit(QStringLiteral("support"), 3)),
      m_partners(textEdit(QStringLiteral("partners"), 2)), m_veProgramme(new QLineEdit(this)),
      m_veDuration(new QLineEdit(this)), m_parentsView(textEdit(QStringLiteral("parentsView"), 2)),
      m_contact(new QLineEdit(this)),
      m_warm(
          new QCheckBox(tr("The location would like a &warm handover: a conversation with the school"), this))
{
    setTitle(tr("What the school will read"));
    setSubTitle(
        tr("Prefilled from the dossier; restricted observations are never used. Strengths come first."));
    configureFields();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildBody());
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void HandoverContentPage::configureFields()
{
    m_consentNote->setWordWrap(true);
    m_consentNote->setStyleSheet(QStringLiteral("color: #7a5b00;"));
    m_veProgramme->setObjectName(QStringLiteral("veProgramme"));
    m_veProgramme->setPlaceholderText(tr("e.g. Uk & Puk, Piramide, Startblokken"));
    m_veDuration->setObjectName(QStringLiteral("veDuration"));
    m_veDuration->setPlaceholderText(tr("e.g. 18 months, 16 hours a week"));
    m_contact->setObjectName(QStringLiteral("contact"));
    // Each text field is named after its section (the check box above it) for a screen reader.
    m_addDomain->setAccessibleName(tr("Another domain"));
    m_support->setAccessibleName(Labels::handoverSection(HandoverSection::Support));
    m_partners->setAccessibleName(Labels::handoverSection(HandoverSection::Partners));
    m_parentsView->setAccessibleName(Labels::handoverSection(HandoverSection::ParentsView));
}

QWidget* HandoverContentPage::buildBody()
{
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(m_consentNote);
    const auto group = [&](HandoverSection section) {
        auto* box = new QGroupBox(body);
        auto* check = new QCheckBox(Labels::handoverSection(section), box);
        check->setObjectName(QStringLiteral("section_") + toCode(section));
        QFont bold = check->font();
        bold.setBold(true);
        check->setFont(bold);
        m_sections.insert(section, check);
        auto* form = new QFormLayout(box);
        form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: the text gets the whole width
        form->addRow(check);
        layout->addWidget(box);
        return form;
    };
    QFormLayout* personal = group(HandoverSection::Personal);
    personal->addRow(tr("Description:"), m_personal);
    personal->addRow(tr("What goes well:"), m_strengths);
    QFormLayout* development = group(HandoverSection::Development);
    auto* domains = new QWidget(body);
    domains->setLayout(m_domainForm);
    m_domainForm->setContentsMargins(0, 0, 0, 0);
    m_domainForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    development->addRow(domains);
    development->addRow(tr("Another domain:"), addDomainRow());
    group(HandoverSection::Support)->addRow(m_support);
    group(HandoverSection::Partners)->addRow(m_partners);
    QFormLayout* ve = group(HandoverSection::Ve);
    ve->addRow(tr("Programme:"), m_veProgramme);
    ve->addRow(tr("Duration:"), m_veDuration);
    group(HandoverSection::ParentsView)->addRow(m_parentsView);
    auto* contactBox = new QGroupBox(tr("Contact at the location"), body);
    auto* contactForm = new QFormLayout(contactBox);
    contactForm->addRow(tr("Contact &person:"), m_contact);
    contactForm->addRow(m_warm);
    layout->addWidget(contactBox);
    layout->addWidget(refillButton(body), 0, Qt::AlignLeft);
    layout->addStretch();
    return body;
}

QLayout* HandoverContentPage::addDomainRow()
{
    auto* add = new QPushButton(tr("&Add"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_addDomain, 1);
    row->addWidget(add);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_addDomain->currentIndex() < 0)
            return;
        addDomain(m_addDomain->currentData().toLongLong(), m_addDomain->currentText(), QString());
        m_domains.constLast().second->setFocus();
        m_addDomain->removeItem(m_addDomain->currentIndex());
    });
    return row;
}

QPushButton* HandoverContentPage::refillButton(QWidget* parent)
{
    auto* refill = new QPushButton(tr("Fill in again from the &dossier..."), parent);
    connect(refill, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Fill in again"),
                                  tr("Replace everything written here with a new prefill from the dossier?"),
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        m_wizard->refill();
        fill();
    });
    return refill;
}

QPlainTextEdit* HandoverContentPage::textEdit(const QString& objectName, int lines)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its text (at least `lines`, at most a dozen lines): the page scrolls, not each field.
    const auto fit = [edit, lines] {
        constexpr int mostLines = 12;
        const int needed = static_cast<int>(edit->document()->size().height());
        const int shown = std::clamp(needed, lines, mostLines);
        edit->setVerticalScrollBarPolicy(needed > mostLines ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        const QMargins margins = edit->contentsMargins();
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * shown +
                             static_cast<int>(2 * edit->document()->documentMargin()) + margins.top() +
                             margins.bottom() + 2);
    };
    connect(edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, edit, fit);
    fit();
    return edit;
}

void HandoverContentPage::addDomain(qint64 domainId, const QString& name, const QString& text)
{
    QPlainTextEdit* edit = textEdit(QStringLiteral("domain_%1").arg(domainId), 3);
    edit->setPlainText(text);
    m_domainForm->addRow(name + QLatin1Char(':'), edit);
    m_domains.append({DomainDevelopment{domainId, name, text}, edit});
}

void HandoverContentPage::initializePage()
{
    fill();
}

void HandoverContentPage::fill()
{
    const HandoverContent& c = m_wizard->content();
    const std::optional<Handover> h = m_wizard->handover();
    const bool given = h && h->consent.state == ConsentState::Given;
    for (HandoverSection s : allHandoverSections()) {
        QCheckBox* box = m_sections[s];
        box->setChecked(c.sections.contains(s));
        const bool consented = !given || h->consent.sections.contains(s);
        box->setEnabled(consented);
        box->setToolTip(consented ? QString() : tr("The parents' consent does not cover this section."));
        if (!consented)
            box->setChecked(false);
    }
    m_consentNote->setVisible(!given);
    m_consentNote->setText(
        tr("The parents have not given consent yet. You can prepare the draft and show it to "
           "them; it can only be exported after their consent is recorded."));
    m_personal->setPlainText(c.personal);
    m_strengths->setPlainText(c.strengths);
    while (m_domainForm->rowCount() > 0)
        m_domainForm->removeRow(0);
    m_domains.clear();
    const QString language =
        QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    QSet<qint64> shown;
    const QList<DevelopmentDomain> domains = DomainStore(m_wizard->session().db).all();
    for (const DomainDevelopment& d : c.development) {
        // The label in the interface language; the draft may have been written in the other one.
        QString label = d.domainName;
        for (const DevelopmentDomain& domain : domains)
            if (domain.id == d.domainId)
                label = domain.label(language);
        addDomain(d.domainId, label, d.text);
        shown.insert(d.domainId);
    }
    m_addDomain->clear();
    for (const DevelopmentDomain& d : domains)
        if (!shown.contains(d.id))
            m_addDomain->addItem(d.label(language), d.id);
    m_support->setPlainText(c.supportThatWorked);
    m_partners->setPlainText(c.partners);
    m_veProgramme->setText(c.veProgramme);
    m_veDuration->setText(c.veDuration);
    m_parentsView->setPlainText(c.parentsView);
    m_contact->setText(c.contactPerson);
    m_warm->setChecked(c.warmHandover);
}

void HandoverContentPage::collect()
{
    HandoverContent& c = m_wizard->content();
    c.sections.clear();
    for (HandoverSection s : allHandoverSections())
        if (m_sections[s]->isChecked())
            c.sections.insert(s);
    c.personal = m_personal->toPlainText().trimmed();
    c.strengths = m_strengths->toPlainText().trimmed();
    c.development.clear();
    for (auto& [domain, edit] : m_domains) {
        domain.text = edit->toPlainText().trimmed();
        if (!domain.text.isEmpty())
            c.development.append(domain);
    }
    c.supportThatWorked = m_support->toPlainText().trimmed();
    c.partners = m_partners->toPlainText().trimmed();
    c.veProgramme = m_veProgramme->text().trimmed();
    c.veDuration = m_veDuration->text().trimmed();
    c.parentsView = m_parentsView->toPlainText().trimmed();
    c.contactPerson = m_contact->text().trimmed();
    c.warmHandover = m_warm->isChecked();
}

bool HandoverContentPage::validatePage()
{
    collect();
    return m_wizard->saveDraft(); // nothing written is lost between here and the export
}

} // namespace kz
