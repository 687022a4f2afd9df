#include "OutsideChanges.h"

#include "EventLoopGuard.h"

#include <QGuiApplication>

namespace kz {

OutsideChanges::OutsideChanges(const Database& db, QObject* parent) : QObject(parent), m_feed(db)
{
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            EventLoopGuard::run(this, [this] { m_feed.checkForOutsideChanges(); });
    });
}

} // namespace kz
