#pragma once

#include <QApplication>

namespace kz {

// The desktop application's QApplication: no exception crosses the event loop (Qt does not
// allow it). One that reaches it is logged and shown by EventLoopGuard, and the event counts as
// not handled.
class GuardedApplication : public QApplication
{
    Q_OBJECT

public:
    GuardedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace kz
