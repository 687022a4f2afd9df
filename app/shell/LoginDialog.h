#pragma once

#include "domain/User.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace kz {

class Database;

// Who is at the keyboard. Core checks the password; the dialog only asks and shows the answer.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const Database& db, const QString& lastUser, bool demo, QWidget* parent = nullptr);

    const std::optional<Actor>& actor() const { return m_actor; }
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;

    void accept() override;

private:
    const Database& m_db;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_error;
    std::optional<Actor> m_actor;
};

} // namespace kz
