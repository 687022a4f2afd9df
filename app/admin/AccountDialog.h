#pragma once

#include "domain/User.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace kz {

struct Session;

// A new account (who, which roles, which groups for a practitioner and locations for a manager, a
// first password) or the roles and scope of an existing one; the user name stays. Core checks the
// rules and records the change.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(const Session& session, QWidget* parent = nullptr);
    AccountDialog(const Session& session, const User& existing, QWidget* parent = nullptr);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* practitionerBox() const { return m_practitioner; }
    QCheckBox* managerBox() const { return m_manager; }
    QCheckBox* adminBox() const { return m_admin; }
    QListWidget* groupList() const { return m_groups; }
    QListWidget* locationList() const { return m_locations; }
    QString errorText() const;

    void accept() override;

private:
    void fillScopes();

    const Session& m_session;
    User m_user; // id 0 for a new account
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QCheckBox* m_practitioner;
    QCheckBox* m_manager;
    QCheckBox* m_admin;
    QListWidget* m_groups;
    QListWidget* m_locations;
    QLabel* m_error;
};

} // namespace kz
