#include "LoadOnShow.h"

#include "EventLoopGuard.h"
#include "db/ChangeNotifier.h"

#include <QEvent>
#include <QWidget>
#include <utility>

namespace kz {

LoadOnShow::LoadOnShow(QWidget* page, std::function<void()> load)
    : QObject(page), m_page(page), m_load(std::move(load))
{
    page->installEventFilter(this);
}

void LoadOnShow::refresh()
{
    m_stale = true;
    if (m_page->isVisible())
        load();
}

void LoadOnShow::refreshOn(const ChangeNotifier* notifier, const QList<Change::Subject>& subjects)
{
    connect(notifier, &ChangeNotifier::committed, this, [this, subjects](const QList<Change>& changes) {
        for (const Change& change : changes) {
            if (subjects.contains(change.subject)) {
                // Announced inside the action that changed the data: a page that fails to read is
                // logged and shown; the action itself succeeded.
                EventLoopGuard::run(this, [this] { refresh(); });
                return;
            }
        }
    });
}

bool LoadOnShow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        load();
    return QObject::eventFilter(watched, event);
}

void LoadOnShow::load()
{
    m_stale = false; // before loading: a load that fails says so itself and is not repeated in a loop
    m_load();
}

} // namespace kz
