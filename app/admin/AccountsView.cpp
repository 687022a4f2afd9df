#include "AccountsView.h"

#include "AccountDialog.h"
#include "Error.h"
#include "domain/Labels.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

AccountsView::AccountsView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_new(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_reset(new QPushButton(this)), m_deactivate(new QPushButton(this))
{
    m_table->setColumnCount(6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    connect(m_new, &QPushButton::clicked, this, [this] {
        AccountDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_edit, &QPushButton::clicked, this, &AccountsView::editSelected);
    connect(m_table, &QTableWidget::itemActivated, this, &AccountsView::editSelected);
    auto* edit = new QShortcut(QKeySequence(Qt::Key_F2), m_table);
    edit->setContext(Qt::WidgetShortcut);
    connect(edit, &QShortcut::activated, this, &AccountsView::editSelected);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const qint64 user = selectedUser();
        if (!user)
            return;
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Reset password"), tr("New password:"),
                                                       QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        try {
            UserStore(m_session.db).resetPassword(m_session.actor, user, password);
        } catch (const Error& e) {
            emit failed(e.userMessage());
        }
    });
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        const qint64 user = selectedUser();
        if (!user)
            return;
        if (QMessageBox::question(
                this, tr("Deactivate account"),
                tr("Deactivate this account? The person can no longer log in; what she recorded "
                   "stays, with her name.")) != QMessageBox::Yes)
            return;
        try {
            UserStore(m_session.db).deactivate(m_session.actor, user);
            reload();
        } catch (const Error& e) {
            emit failed(e.userMessage());
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_deactivate);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    retranslate();
    if (loading == Loading::Now)
        reload();
}

qint64 AccountsView::selectedUser() const
{
    const auto selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void AccountsView::editSelected()
{
    const qint64 id = selectedUser();
    if (!id)
        return;
    try {
        AccountDialog dialog(m_session, UserStore(m_session.db).get(m_session.actor, id), this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            selectUser(id);
        }
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void AccountsView::selectUser(qint64 userId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == userId)
            m_table->selectRow(row);
}

void AccountsView::reload()
{
    QList<User> users;
    QHash<qint64, QString> groupNames;
    QHash<qint64, QString> locationNames;
    try {
        users = UserStore(m_session.db).list(m_session.actor);
        const OrganisationStore organisation(m_session.db);
        const QList<Location> locations = organisation.locations(m_session.actor, true);
        for (const Location& l : locations)
            locationNames.insert(l.id, l.name);
        // With more than one location a group name alone can be ambiguous ("Egeltjes" in two places).
        const bool withLocation = locations.size() > 1;
        for (const Group& g : organisation.groups(m_session.actor, true))
            groupNames.insert(g.id, withLocation ? tr("%1 (%2)").arg(g.name, g.locationName) : g.name);
    } catch (const Error&) {
        m_table->setRowCount(0); // not an admin: core refuses, and the tab stays empty
        setEnabled(false);
        return;
    }
    const auto names = [](const QList<qint64>& ids, const QHash<qint64, QString>& known) {
        QStringList result;
        for (const qint64 id : ids)
            result.append(known.value(id, QStringLiteral("#%1").arg(id)));
        result.sort(Qt::CaseInsensitive);
        return result.join(QStringLiteral(", "));
    };
    m_table->setRowCount(static_cast<int>(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const User& u = users.at(row);
        const QStringList cells = {u.displayName,
                                   u.username,
                                   Labels::roles(u.roles),
                                   names(u.groupIds, groupNames),
                                   names(u.locationIds, locationNames),
                                   u.active ? tr("active") : tr("deactivated")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, u.id);
            item->setToolTip(cells[column]);
            if (!u.active)
                item->setForeground(QColor(0x9a968c));
            m_table->setItem(row, column, item);
        }
    }
    fitColumns(m_table);
}

void AccountsView::retranslate()
{
    m_new->setText(tr("&New account..."));
    m_edit->setText(tr("&Edit..."));
    m_edit->setToolTip(tr("Roles, groups and locations (F2, Enter or double-click)"));
    m_reset->setText(tr("&Reset password..."));
    m_deactivate->setText(tr("&Deactivate..."));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("User name"), tr("Roles"), tr("Groups"), tr("Locations"), tr("State")});
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("The name shown in the program and the audit trail"),
                         tr("The name to log in with"), tr("Practitioner, location manager or administrator"),
                         tr("The groups whose children a practitioner sees"),
                         tr("The locations a location manager manages"),
                         tr("Active, or deactivated (cannot log in)")});
}

void AccountsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
