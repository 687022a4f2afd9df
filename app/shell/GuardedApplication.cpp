#include "GuardedApplication.h"

#include "EventLoopGuard.h"

namespace kz {

GuardedApplication::GuardedApplication(int& argc, char** argv) : QApplication(argc, argv) {}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (...) {
        EventLoopGuard::report(receiver, std::current_exception());
        return false;
    }
}

} // namespace kz
