#include "BackupStatus.h"

#include "AutomaticBackup.h"
#include "Clock.h"
#include "access/AccessPolicy.h"
#include "db/Database.h"
#include "store/BackupSettingsStore.h"

#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace kz {

BackupStatus BackupStatus::of(const Database& db)
{
    BackupStatus status;
    const BackupSettingsStore settings(db);
    status.key = BackupKeyStore(db).current();
    status.folder = settings.folder();
    status.plan = settings.plan();
    status.last = BackupLogStore(db).newest();
    if (!status.folder.isEmpty()) {
        status.folderMissing = !QFileInfo(status.folder).isDir();
        status.kept = static_cast<int>(BackupLogStore(db).kept(status.folder).size());
        const QStorageInfo storage(status.folder);
        status.folderFull = !status.folderMissing && status.last && storage.isValid() &&
                            storage.bytesAvailable() < status.last->size;
    }
    status.nextDue = AutomaticBackup::isDue(db) || !status.last ? Clock::today() : Clock::today().addDays(1);
    return status;
}

bool BackupStatus::isStale() const
{
    return !last || last->madeOn.daysTo(Clock::today()) > staleAfterDays;
}

QString BackupStatus::warning() const
{
    if (!key || folder.isEmpty())
        return tr("Automatic backups are not set up: the beheerder does so in Beheer, Back-ups.");
    if (folderMissing)
        return tr("The backup folder %1 is not there: connect the disk or share.").arg(folder);
    if (folderFull)
        return tr("The backup folder %1 is full.").arg(folder);
    if (!last)
        return tr("No automatic backup has been made yet.");
    if (isStale())
        return tr("The last backup is from %1, more than %2 days ago.")
            .arg(QLocale().toString(last->madeOn, QLocale::LongFormat))
            .arg(staleAfterDays);
    return {};
}

QString BackupStatus::warningFor(const Database& db, const Actor& actor, const QString& lastFailure)
{
    if (!AccessPolicy::hasRole(db, actor, Role::Admin) && !AccessPolicy::hasRole(db, actor, Role::Manager))
        return {};
    if (!lastFailure.isEmpty())
        return tr("The automatic backup failed: %1").arg(lastFailure);
    return of(db).warning();
}

} // namespace kz
