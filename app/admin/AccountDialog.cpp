#include "AccountDialog.h"

#include "DialogKeys.h"
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

void addChoice(QListWidget* list, const QString& text, qint64 id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

AccountDialog::AccountDialog(const Session& session, QWidget* parent) : AccountDialog(session, User{}, parent)
{}

AccountDialog::AccountDialog(const Session& session, const User& existing, QWidget* parent)
    : QDialog(parent), m_session(session), m_user(existing),
      m_username(new QLineEdit(existing.username, this)),
      m_displayName(new QLineEdit(existing.displayName, this)), m_password(new QLineEdit(this)),
      m_practitioner(new QCheckBox(tr("&Pedagogical practitioner (her groups)"), this)),
      m_manager(new QCheckBox(tr("&Location manager (her locations)"), this)),
      m_admin(new QCheckBox(tr("&Administrator (accounts and settings, no children)"), this)),
      m_groups(new QListWidget(this)), m_locations(new QListWidget(this)), m_error(new QLabel(this))
{
    const bool editing = existing.id != 0;
    setWindowTitle(editing ? tr("Account of %1").arg(existing.displayName) : tr("New account"));
    // The user name is how she logs in and how the audit trail knows her: it does not change.
    m_username->setReadOnly(editing);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(
        tr("At least 10 characters with letters and digits or other signs, or 16 of any kind."));
    fillScopes();
    m_practitioner->setChecked(existing.hasRole(Role::Practitioner));
    m_manager->setChecked(existing.hasRole(Role::Manager));
    m_admin->setChecked(existing.hasRole(Role::Admin));
    m_groups->setEnabled(m_practitioner->isChecked());
    m_locations->setEnabled(m_manager->isChecked());
    m_groups->setAccessibleName(tr("Groups"));
    m_locations->setAccessibleName(tr("Locations"));
    connect(m_practitioner, &QCheckBox::toggled, m_groups, &QWidget::setEnabled);
    connect(m_manager, &QCheckBox::toggled, m_locations, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Name"), m_displayName);
    form->addRow(tr("First &password"), m_password);
    form->setRowVisible(m_password, !editing); // a new password is "Reset password" in the list
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
    acceptOnCtrlEnter(this, buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    (editing ? m_displayName : m_username)->setFocus();
}

void AccountDialog::fillScopes()
{
    // Archived groups and locations are no choice any more, but one the account still has stays
    // listed (and checked), so saving other changes does not silently take it away.
    const OrganisationStore store(m_session.db);
    for (const Group& g : store.groups(m_session.actor, true)) {
        const bool has = m_user.groupIds.contains(g.id);
        if (g.archived && !has)
            continue;
        QString text = g.name + QStringLiteral(" · ") + g.locationName;
        if (g.archived)
            text = tr("%1 (archived)").arg(text);
        addChoice(m_groups, text, g.id, has);
    }
    for (const Location& l : store.locations(m_session.actor, true)) {
        const bool has = m_user.locationIds.contains(l.id);
        if (l.archived && !has)
            continue;
        addChoice(m_locations, l.archived ? tr("%1 (archived)").arg(l.name) : l.name, l.id, has);
    }
}

QString AccountDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AccountDialog::accept()
{
    User user = m_user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text();
    user.roles.clear();
    if (m_practitioner->isChecked())
        user.roles.append(Role::Practitioner);
    if (m_manager->isChecked())
        user.roles.append(Role::Manager);
    if (m_admin->isChecked())
        user.roles.append(Role::Admin);
    user.groupIds = m_practitioner->isChecked() ? checkedIds(m_groups) : QList<qint64>{};
    user.locationIds = m_manager->isChecked() ? checkedIds(m_locations) : QList<qint64>{};
    try {
        if (user.id) {
            UserStore(m_session.db).update(m_session.actor, user);
        } else {
            if (m_password->text().isEmpty())
                throw Error(Error::Kind::Validation,
                            tr("Give a first password; the person can change it herself."));
            UserStore(m_session.db).create(m_session.actor, user, m_password->text());
        }
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
