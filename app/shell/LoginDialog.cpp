#include "LoginDialog.h"

#include "Error.h"
#include "db/Database.h"
#include "db/DatabaseAddress.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

LoginDialog::LoginDialog(const Database& db, const QString& lastUser, bool demo, QWidget* parent)
    : QDialog(parent), m_db(db), m_username(new QLineEdit(lastUser, this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Kindzicht - log in"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* intro = new QLabel(tr("Log in to %1.").arg(DatabaseAddress::parse(db.path()).displayName()), this);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (demo) {
        auto* hint =
            new QLabel(tr("Demo database: log in as fatima (practitioner), saskia (manager) or beheer "
                          "(administrator), password %1.")
                           .arg(QString::fromLatin1(DemoDatabase::password)),
                       this);
        hint->setWordWrap(true);
        hint->setStyleSheet(
            QStringLiteral("color: #555; background: #f3f0e6; padding: 6px; border-radius: 4px;"));
        layout->addWidget(hint);
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    (lastUser.isEmpty() ? m_username : m_password)->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    try {
        m_actor = Authenticator::login(m_db, m_username->text(), m_password->text());
        QDialog::accept();
    } catch (const Error& e) {
        m_password->clear();
        m_password->setFocus();
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
