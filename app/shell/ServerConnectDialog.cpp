#include "ServerConnectDialog.h"

#include "Error.h"
#include "db/DatabaseAddress.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kz {

ServerConnectDialog::ServerConnectDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(QStringLiteral("kindzicht"), this)), m_user(new QLineEdit(this)),
      m_security(new QComboBox(this)), m_password(new QLineEdit(this)), m_preview(new QLabel(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to the organisation's server"));
    auto* intro = new QLabel(tr("Kindzicht keeps the organisation's data on one PostgreSQL server. Ask "
                                "whoever looks after it for these details; this computer remembers them, "
                                "never your password."),
                             this);
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("e.g. kindzicht.organisation.nl"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_security->addItem(tr("Encrypted, the server's certificate checked (recommended)"),
                        QStringLiteral("verify-full"));
    m_security->addItem(tr("Encrypted, the certificate not checked"), QStringLiteral("require"));
    m_security->addItem(tr("Not encrypted (only on this computer or a closed network)"),
                        QStringLiteral("disable"));
    // The longest choice shows whole (Dutch's is longer than the form's other fields).
    m_security->setMinimumWidth(m_security->sizeHint().width());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only when the server asks for one"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(QStringLiteral("color: #555;"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("P&ort"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User name"), m_user);
    form->addRow(tr("S&ecurity"), m_security);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Address"), m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectDialog::updatePreview);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::updatePreview);
    updatePreview();
    m_host->setFocus();
}

void ServerConnectDialog::setAddress(const DatabaseAddress& address)
{
    m_host->setText(address.host());
    m_port->setValue(address.port());
    m_database->setText(address.databaseName());
    m_user->setText(address.user());
    const int security = m_security->findData(address.sslMode());
    if (security >= 0)
        m_security->setCurrentIndex(security);
    m_password->setFocus();
}

void ServerConnectDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ServerConnectDialog::addressText() const
{
    return m_addressText;
}

std::optional<Database> ServerConnectDialog::takeDatabase()
{
    std::optional<Database> taken = std::move(m_db);
    m_db.reset();
    return taken;
}

QString ServerConnectDialog::addressPreview() const
{
    return m_preview->text();
}

QString ServerConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

DatabaseAddress ServerConnectDialog::formAddress() const
{
    // A unix socket's folder needs no encryption: the connection never leaves this computer.
    const bool socket = m_host->text().trimmed().startsWith(QLatin1Char('/'));
    return DatabaseAddress::server(m_user->text(), m_host->text(), m_port->value(), m_database->text(),
                                   socket ? QString() : m_security->currentData().toString());
}

void ServerConnectDialog::updatePreview()
{
    m_security->setEnabled(!m_host->text().trimmed().startsWith(QLatin1Char('/')));
    try {
        m_preview->setText(formAddress().toString());
    } catch (const Error&) {
        m_preview->setText(tr("(not complete yet)"));
    }
}

void ServerConnectDialog::accept()
{
    try {
        const DatabaseAddress address = formAddress();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        struct RestoreCursor
        {
            ~RestoreCursor() { QApplication::restoreOverrideCursor(); }
        } restoreCursor;
        m_db = Database::openServer(address, m_password->text());
        m_addressText = address.toString();
        m_password->clear();
        QDialog::accept();
    } catch (const Error& e) {
        showError(e.userMessage());
        if (e.kind() == Error::Kind::AccessDenied) {
            m_password->clear();
            m_password->setFocus();
        }
    }
}

} // namespace kz
