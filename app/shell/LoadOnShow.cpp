#include "LoadOnShow.h"

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
