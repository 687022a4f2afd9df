#include "SetupWizard.h"

#include "Error.h"
#include "LocationForm.h"
#include "SetupGroupsEditor.h"
#include "domain/Validator.h"
#include "services/OrganisationSetup.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kz {

SetupWizard::SetupWizard(const Database& db, QWidget* parent)
    : QWizard(parent), m_db(db), m_organisation(new QLineEdit(this)),
      m_location(new LocationForm(OrganisationSetup::knownAreas(), this)),
      m_groups(new SetupGroupsEditor(this)), m_username(new QLineEdit(QStringLiteral("beheer"), this)),
      m_displayName(new QLineEdit(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_manager(new QCheckBox(tr("I am also the &locatiemanager of this location"), this))
{
    setWindowTitle(tr("Start with your own organisation"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto* organisation = new QWidget(this);
    auto* organisationForm = new QFormLayout(organisation);
    organisationForm->setContentsMargins(0, 0, 0, 0);
    organisationForm->addRow(tr("&Name of the organisation"), m_organisation);
    QWizardPage* first = page(OrganisationPage, organisation, m_organisation);
    first->setTitle(tr("Your organisation"));
    first->setSubTitle(
        tr("Kindzicht keeps the children, observations and support needs of your own locations. "
           "Start with the name of the organisation; everything here can be changed later "
           "under Administration."));

    QWizardPage* location = page(LocationPage, m_location, m_location->nameEdit());
    location->setTitle(tr("The first location"));
    location->setSubTitle(
        tr("Choose the district and neighbourhood from the list, or type a new one. More locations can "
           "be added later."));

    m_groups->addRow();
    QWizardPage* groups = page(GroupsPage, m_groups, m_groups);
    groups->setTitle(tr("Its groups"));
    groups->setSubTitle(
        tr("At least one group. The age range says which children belong in it; choose months or "
           "years."));

    QWizardPage* admin = page(AdministratorPage, administratorForm(), m_displayName);
    admin->setTitle(tr("The first administrator: you"));
    admin->setSubTitle(
        tr("The administrator makes the accounts of the other staff, and the locations and groups. "
           "As locatiemanager she may also enrol the children of this location."));
    admin->setFinalPage(true);
    // A refusal belongs to the attempt it answered: typing on or moving on takes it away.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        for (QLabel* error : m_errors)
            error->hide();
    });
    connect(m_organisation, &QLineEdit::textEdited, this, [this] { m_errors[OrganisationPage]->hide(); });
    resize(760, 540);
}

QWizardPage* SetupWizard::page(Page id, QWidget* content, QWidget* focus)
{
    auto* page = new QWizardPage(this);
    auto* error = new QLabel(page);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    m_errors[id] = error;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(content, 1);
    layout->addWidget(error);
    page->setFocusProxy(focus);
    setPage(id, page);
    return page;
}

QWidget* SetupWizard::administratorForm()
{
    auto* widget = new QWidget(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_manager->setChecked(true);
    auto* form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Your &name"), m_displayName);
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat the password"), m_repeat);
    auto* hint = new QLabel(
        tr("At least 10 characters with letters and digits or other signs, or 16 of any kind."), widget);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_manager);
    return widget;
}

QString SetupWizard::errorText() const
{
    const QLabel* error = m_errors.at(static_cast<std::size_t>(qBound(0, currentId(), PageCount - 1)));
    return error->isHidden() ? QString() : error->text();
}

void SetupWizard::showError(const QString& message)
{
    QLabel* error = m_errors.at(static_cast<std::size_t>(currentId()));
    error->setText(message);
    error->setVisible(!message.isEmpty());
}

bool SetupWizard::validateCurrentPage()
{
    // Each page asks core's rules at once, so a mistake is put right where it was made.
    try {
        showError({});
        switch (currentId()) {
        case OrganisationPage:
            // Core checks it again when everything is set up; here it saves a trip back.
            if (m_organisation->text().trimmed().isEmpty())
                throw Error(Error::Kind::Validation, tr("Give the name of your organisation."));
            break;
        case LocationPage:
            Validator::check(m_location->location());
            break;
        case GroupsPage:
            OrganisationSetup::checkGroups(m_groups->groups());
            break;
        case AdministratorPage:
            setUp();
            break;
        default:
            break;
        }
    } catch (const Error& e) {
        showError(e.userMessage());
        return false;
    }
    return QWizard::validateCurrentPage();
}

void SetupWizard::setUp()
{
    if (m_password->text() != m_repeat->text())
        throw Error(Error::Kind::Validation, tr("The two passwords are not the same."));
    OrganisationSetupRequest request;
    request.organisationName = m_organisation->text().trimmed();
    request.location = m_location->location();
    request.groups = m_groups->groups();
    request.adminUsername = m_username->text().trimmed();
    request.adminDisplayName = m_displayName->text().trimmed();
    request.adminPassword = m_password->text();
    request.adminIsManager = m_manager->isChecked();
    m_administrator = OrganisationSetup::run(m_db, request);
}

} // namespace kz
