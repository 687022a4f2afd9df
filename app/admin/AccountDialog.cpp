#include "AccountDialog.h"

#include "Error.h"
#include "shell/Session.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

QList<qint64> checkedIds(const QListWidget* list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

} // namespace

AccountDialog::AccountDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_practitioner(new QCheckBox(tr("&Pedagogical practitioner (her groups)"), this))
    , m_manager(new QCheckBox(tr("&Location manager (her locations)"), this))
    , m_admin(new QCheckBox(tr("&Administrator (accounts and settings, no children)"), this))
    , m_groups(new QListWidget(this))
    , m_locations(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New account"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("At least 10 characters with letters and digits or other signs, or 16 of any kind."));
    for (const Group& g : OrganisationStore(session.db).groups(session.actor)) {
        auto* item = new QListWidgetItem(g.name + QStringLiteral(" · ") + g.locationName, m_groups);
        item->setData(Qt::UserRole, g.id);
        item->setCheckState(Qt::Unchecked);
    }
    for (const Location& l : OrganisationStore(session.db).locations(session.actor)) {
        auto* item = new QListWidgetItem(l.name, m_locations);
        item->setData(Qt::UserRole, l.id);
        item->setCheckState(Qt::Unchecked);
    }
    m_groups->setEnabled(false);
    m_locations->setEnabled(false);
    connect(m_practitioner, &QCheckBox::toggled, m_groups, &QWidget::setEnabled);
    connect(m_manager, &QCheckBox::toggled, m_locations, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Name"), m_displayName);
    form->addRow(tr("First &password"), m_password);
    auto* roles = new QVBoxLayout;
    roles->addWidget(m_practitioner);
    roles->addWidget(m_groups);
    roles->addWidget(m_manager);
    roles->addWidget(m_locations);
    roles->addWidget(m_admin);
    form->addRow(tr("Roles"), roles);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AccountDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AccountDialog::accept()
{
    User user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text();
    if (m_practitioner->isChecked())
        user.roles.append(Role::Practitioner);
    if (m_manager->isChecked())
        user.roles.append(Role::Manager);
    if (m_admin->isChecked())
        user.roles.append(Role::Admin);
    user.groupIds = m_practitioner->isChecked() ? checkedIds(m_groups) : QList<qint64>{};
    user.locationIds = m_manager->isChecked() ? checkedIds(m_locations) : QList<qint64>{};
    try {
        if (m_password->text().isEmpty())
            throw Error(Error::Kind::Validation, tr("Give a first password; the person can change it herself."));
        UserStore(m_session.db).create(m_session.actor, user, m_password->text());
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
