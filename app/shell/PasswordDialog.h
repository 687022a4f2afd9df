#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kz {

class Database;
struct Session;

// Two uses with one form: the very first administrator of a new database, and a user changing her
// own password. Core checks the strength and records it.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    static PasswordDialog* forFirstAdmin(const Database& db, QWidget* parent = nullptr);
    static PasswordDialog* forChange(const Session& session, QWidget* parent = nullptr);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QString createdUsername() const { return m_created; }
    QString errorText() const;

    void accept() override;

private:
    PasswordDialog(const Database& db, const Session* session, QWidget* parent);

    const Database& m_db;
    const Session* m_session;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QString m_created;
};

} // namespace kz
