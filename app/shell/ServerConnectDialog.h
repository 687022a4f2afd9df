#pragma once

#include "db/Database.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kz {

class DatabaseAddress;

// "Connect to the organisation's server": where the server is, which database, who you are on
// it, how the connection is secured, and the password only when the server asks for one. The
// dialog connects before it closes, so what it gives back is a server that answered; the
// password stays in that connection and is never remembered.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget* parent = nullptr);

    // Fills the form from a remembered address, e.g. when the server now asks for a password.
    void setAddress(const DatabaseAddress& address);
    // Shows why the last try failed (the same place as the dialog's own errors).
    void showError(const QString& message);

    // The address as it is remembered (no password in it); valid after accept().
    QString addressText() const;
    // The open connection; taken once, after accept().
    std::optional<Database> takeDatabase();

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* securityChoice() const { return m_security; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString addressPreview() const;
    QString errorText() const;

    void accept() override;

private:
    DatabaseAddress formAddress() const;
    void updatePreview();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_security;
    QLineEdit* m_password;
    QLabel* m_preview;
    QLabel* m_error;
    QString m_addressText;
    std::optional<Database> m_db;
};

} // namespace kz
