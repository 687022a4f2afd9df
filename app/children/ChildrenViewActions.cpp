#include "ChildActions.h"
#include "ChildListModel.h"
#include "ChildrenView.h"
#include "Error.h"
#include "NeedBadgeDelegate.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/OrganisationStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

// The manager's actions on the list: enrol, correct, move, leave, import. Each opens its dialog;
// core performs and records it.

namespace kz {

void ChildrenView::runAction(const std::function<bool()>& action)
{
    try {
        if (action()) {
            fillGroups();
            reload();
        }
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void ChildrenView::enrol()
{
    runAction([this] {
        const qint64 id = ChildActions::enrol(m_session, this);
        if (!id)
            return false;
        m_filter->clear();
        reload();
        selectChild(id);
        emit done(tr("Child enrolled."));
        return false; // already reloaded, with the new child chosen
    });
}

void ChildrenView::editDetails()
{
    runAction([this] { return ChildActions::editDetails(m_session, currentChildId(), this); });
}

void ChildrenView::move()
{
    runAction([this] {
        const bool moved = ChildActions::move(m_session, currentChildId(), this);
        if (moved)
            emit done(tr("Move recorded."));
        return moved;
    });
}

void ChildrenView::leave()
{
    runAction([this] {
        const bool left = ChildActions::leave(m_session, currentChildId(), this);
        if (left)
            emit done(tr("Leaving recorded."));
        return left;
    });
}

void ChildrenView::importChildren()
{
    runAction([this] {
        const int imported = ChildActions::importChildren(m_session, this);
        if (imported > 0)
            emit done(tr("%n child(ren) added or updated.", nullptr, imported));
        return imported > 0;
    });
}

} // namespace kz
