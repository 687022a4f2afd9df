#include "BackupScheduler.h"

#include "Error.h"
#include "Session.h"
#include "db/ChangeNotifier.h"
#include "services/AutomaticBackup.h"
#include "services/BackupStatus.h"

#include <QDir>
#include <QLoggingCategory>

namespace kz {

namespace {
Q_LOGGING_CATEGORY(backupLog, "kindzicht.backup")
} // namespace

BackupScheduler::BackupScheduler(const Session& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(checkEveryMinutes * 60 * 1000);
        runIfDue();
        refreshWarning();
    });
    if (const ChangeNotifier* changes = session.db.changes())
        connect(changes, &ChangeNotifier::organisationChanged, this, &BackupScheduler::refreshWarning);
    m_timer.start(firstCheckSeconds * 1000);
    refreshWarning();
}

bool BackupScheduler::runIfDue()
{
    try {
        if (!AutomaticBackup::isDue(m_session.db))
            return false;
        const AutomaticBackupResult result = AutomaticBackup::run(m_session.db, m_session.actor);
        m_failure.clear();
        emit backedUp(
            tr("Today's backup was written to %1.").arg(QDir::toNativeSeparators(result.made.folder)));
    } catch (const Error& e) {
        // Tried again at the next check; the status bar tells the people who can act on it.
        qCWarning(backupLog) << "automatic backup failed:" << e.userMessage() << e.detail();
        m_failure = e.userMessage();
    }
    refreshWarning();
    return m_failure.isEmpty();
}

void BackupScheduler::refreshWarning()
{
    QString warning;
    try {
        warning = BackupStatus::warningFor(m_session.db, m_session.actor, m_failure);
    } catch (const Error& e) {
        qCWarning(backupLog) << "backup status unreadable:" << e.detail();
    }
    if (warning != m_warning) {
        m_warning = warning;
        emit warningChanged(warning);
    }
}

} // namespace kz
