#include "EventLoopGuard.h"

#include "Error.h"
#include "LogFile.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>

namespace kz {

namespace {

QString describe(const QObject* context)
{
    if (!context)
        return QStringLiteral("(none)");
    const QString name = context->objectName();
    return QString::fromLatin1(context->metaObject()->className()) +
           (name.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(name));
}

void show(const QString& message)
{
    // A box of its own over whatever window is active; guarded against re-entry, since showing
    // it runs the event loop and another failure may arrive meanwhile.
    static bool showing = false;
    if (showing || !qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    showing = true;
    QMessageBox box(QMessageBox::Warning, EventLoopGuard::tr("Kindzicht"), message, QMessageBox::Ok,
                    QApplication::activeWindow());
    box.setObjectName(QStringLiteral("eventLoopGuardMessage"));
    box.exec();
    showing = false;
}

struct Explainer
{
    QPointer<QObject> owner;
    std::function<bool()> explains;
};

Explainer& explainer()
{
    static Explainer current;
    return current;
}

} // namespace

void EventLoopGuard::setExplainer(QObject* owner, std::function<bool()> explains)
{
    explainer() = {owner, std::move(explains)};
}

bool EventLoopGuard::run(const QObject* context, const std::function<void()>& work)
{
    try {
        work();
        return true;
    } catch (...) {
        report(context, std::current_exception());
        return false;
    }
}

void EventLoopGuard::report(const QObject* context, std::exception_ptr exception)
{
    const QString where = describe(context);
    QString message;
    try {
        std::rethrow_exception(exception);
    } catch (const Error& e) {
        qCWarning(kzGui).noquote() << "Error in" << where << "-" << e.userMessage() << "-" << e.detail();
        message = e.userMessage();
    } catch (const std::exception& e) {
        qCCritical(kzGui).noquote() << "Unexpected exception in" << where << "-" << e.what();
        message = tr("Kindzicht could not finish this action. What happened is written to the log file %1.")
                      .arg(QDir::toNativeSeparators(LogFile::path()));
    } catch (...) {
        qCCritical(kzGui).noquote() << "Unknown exception in" << where;
        message = tr("Kindzicht could not finish this action. What happened is written to the log file %1.")
                      .arg(QDir::toNativeSeparators(LogFile::path()));
    }
    if (!explain())
        show(message);
}

bool EventLoopGuard::explain()
{
    try {
        return explainer().owner && explainer().explains && explainer().explains();
    } catch (...) {
        return false; // the failure is shown as it is
    }
}

} // namespace kz
