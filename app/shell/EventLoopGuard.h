#pragma once

#include <QCoreApplication>
#include <exception>
#include <functional>

class QObject;

namespace kz {

// What happens to an exception that reached the edge of the event loop: its detail goes to the
// log (LogFile), its message to the person at the keyboard, and the program carries on.
class EventLoopGuard
{
    Q_DECLARE_TR_FUNCTIONS(kz::EventLoopGuard)

public:
    // Runs `work`; an exception it throws is reported instead of passed on. False when it threw.
    static bool run(const QObject* context, const std::function<void()>& work);
    // Reports the exception being handled (call from a catch block): logs its detail and shows a
    // message box over the active window. `context` names where it happened, for the log.
    static void report(const QObject* context, std::exception_ptr exception);
    // While `owner` lives, `explains` is asked first: when it returns true the failure is already
    // explained on screen (the server cannot be reached: ConnectionBanner) and only logged.
    static void setExplainer(QObject* owner, std::function<bool()> explains);
    // For a failure that a dialog already shows itself: asks the explainer all the same, so that a
    // lost server is named above the workspace (and tried again) at once. True when it explains it.
    static bool explain();
};

} // namespace kz
