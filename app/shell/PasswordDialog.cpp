#include "PasswordDialog.h"

#include "Error.h"
#include "Session.h"
#include "admin/DialogKeys.h"
#include "store/UserStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kz {

PasswordDialog::PasswordDialog(const Database& db, const Session* session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_error(new QLabel(this))
{
    auto* form = new QFormLayout;
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (session) {
        setWindowTitle(tr("Change your password"));
        intro->setText(tr("Choose a new password for %1.").arg(session->actor.displayName));
        m_current = new QLineEdit(this);
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password"), m_current);
    } else {
        setWindowTitle(tr("First administrator"));
        intro->setText(tr("This database has no accounts yet. Make the first administrator: she creates the "
                          "other accounts, locations and groups."));
        m_username = new QLineEdit(QStringLiteral("beheer"), this);
        m_displayName = new QLineEdit(this);
        form->addRow(tr("&User name"), m_username);
        form->addRow(tr("&Name"), m_displayName);
    }
    m_new->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_new->setToolTip(
        tr("At least 10 characters with letters and digits or other signs, or 16 of any kind."));
    form->addRow(tr("&New password"), m_new);
    form->addRow(tr("&Repeat"), m_repeat);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    acceptOnCtrlEnter(this, buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

PasswordDialog* PasswordDialog::forFirstAdmin(const Database& db, QWidget* parent)
{
    return new PasswordDialog(db, nullptr, parent);
}

PasswordDialog* PasswordDialog::forChange(const Session& session, QWidget* parent)
{
    return new PasswordDialog(session.db, &session, parent);
}

QString PasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PasswordDialog::accept()
{
    try {
        if (m_new->text() != m_repeat->text())
            throw Error(Error::Kind::Validation, tr("The two new passwords are not the same."));
        UserStore users(m_db);
        if (m_session) {
            users.changeOwnPassword(m_session->actor, m_current->text(), m_new->text());
        } else {
            const QString display =
                m_displayName->text().trimmed().isEmpty() ? m_username->text() : m_displayName->text();
            m_created = users.createFirstAdmin(m_username->text().trimmed(), display, m_new->text()).username;
        }
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
