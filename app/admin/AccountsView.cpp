#include "AccountsView.h"

#include "AccountDialog.h"
#include "Error.h"
#include "shell/Labels.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/UserStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

AccountsView::AccountsView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_new(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
{
    m_table->setColumnCount(5);
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
        if (QMessageBox::question(this, tr("Deactivate account"),
                                  tr("Deactivate this account? The person can no longer log in; what she recorded "
                                     "stays, with her name."))
            != QMessageBox::Yes)
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
    buttons->addWidget(m_reset);
    buttons->addWidget(m_deactivate);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    retranslate();
    reload();
}

qint64 AccountsView::selectedUser() const
{
    const auto selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void AccountsView::reload()
{
    QList<User> users;
    try {
        users = UserStore(m_session.db).list(m_session.actor);
    } catch (const Error&) {
        m_table->setRowCount(0); // not an admin: core refuses, and the tab stays empty
        setEnabled(false);
        return;
    }
    m_table->setRowCount(static_cast<int>(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const User& u = users.at(row);
        const QStringList cells = {u.displayName, u.username, Labels::roles(u.roles),
                                   tr("%n group(s), ", nullptr, static_cast<int>(u.groupIds.size()))
                                       + tr("%n location(s)", nullptr, static_cast<int>(u.locationIds.size())),
                                   u.active ? tr("active") : tr("deactivated")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, u.id);
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
    m_reset->setText(tr("&Reset password..."));
    m_deactivate->setText(tr("&Deactivate..."));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Roles"), tr("Scope"), tr("State")});
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
