#pragma once

#include "domain/User.h"

#include <QWizard>
#include <array>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace kz {

class Database;
class LocationForm;
class SetupGroupsEditor;

// The first start of an organisation's own database: its name, the first location, that
// location's groups and the first administrator. Finish hands everything to core's
// OrganisationSetup in one go; a refusal is shown on the page and nothing typed is lost.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        OrganisationPage,
        LocationPage,
        GroupsPage,
        AdministratorPage,
        PageCount
    };

    explicit SetupWizard(const Database& db, QWidget* parent = nullptr);

    // The administrator, logged in, once the organisation was set up.
    std::optional<Actor> administrator() const { return m_administrator; }

    QLineEdit* organisationEdit() const { return m_organisation; }
    LocationForm* locationForm() const { return m_location; }
    SetupGroupsEditor* groupsEditor() const { return m_groups; }
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QCheckBox* managerBox() const { return m_manager; }
    // The refusal shown on the current page; empty when none.
    QString errorText() const;

    bool validateCurrentPage() override;

private:
    QWizardPage* page(Page id, QWidget* content, QWidget* focus);
    QWidget* administratorForm();
    void showError(const QString& message);
    void setUp();

    const Database& m_db;
    QLineEdit* m_organisation;
    LocationForm* m_location;
    SetupGroupsEditor* m_groups;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QCheckBox* m_manager;
    std::array<QLabel*, PageCount> m_errors{};
    std::optional<Actor> m_administrator;
};

} // namespace kz
