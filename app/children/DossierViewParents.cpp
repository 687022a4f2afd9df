#include "DossierView.h"
#include "Error.h"
#include "conversations/ConversationDialog.h"
#include "conversations/ParentSummaryDialog.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>

// The dossier's "Talk with parents" menu: the parent conversation and the summary for parents.

namespace kz {

void DossierView::createParentsMenu()
{
    m_parentsMenu = new QPushButton(this);
    m_parentsMenu->setObjectName(QStringLiteral("parentsMenu"));
    auto* menu = new QMenu(m_parentsMenu);
    m_conversation = menu->addAction(QString(), this, &DossierView::recordConversation);
    m_parentSummary = menu->addAction(QString(), this, &DossierView::summaryForParents);
    // Also from anywhere in the dossier, without the menu.
    m_conversation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_parentSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    for (QAction* action : {m_conversation, m_parentSummary}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_parentsMenu->setMenu(menu);
}

void DossierView::retranslateParentsMenu()
{
    m_parentsMenu->setText(tr("Tal&k with parents"));
    m_parentsMenu->setToolTip(
        tr("Record a conversation with the parents, or give them a summary in plain words"));
    m_conversation->setText(tr("Parent &conversation..."));
    m_parentSummary->setText(tr("&Summary for parents..."));
}

void DossierView::recordConversation()
{
    const QScopedValueRollback acting(m_acting, true); // reloads once, when done
    try {
        ConversationDialog dialog(m_session, m_childId, this);
        if (dialog.exec() == QDialog::Accepted)
            emit done(tr("Conversation with the parents recorded."));
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    reload();
}

void DossierView::summaryForParents()
{
    const QScopedValueRollback acting(m_acting, true);
    try {
        ParentSummaryDialog dialog(m_session, m_childId, this);
        connect(&dialog, &ParentSummaryDialog::given, this, &DossierView::done);
        dialog.exec();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    reload();
}

} // namespace kz
