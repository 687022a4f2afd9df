#include "AutomaticBackup.h"

#include "Clock.h"
#include "DatabaseSnapshot.h"
#include "Error.h"
#include "SealedBackup.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Transaction.h"
#include "store/BackupKeyStore.h"
#include "store/BackupSettingsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace kz {

namespace {

constexpr qint64 megabyte = 1024 * 1024;
const QString extension = QStringLiteral(".kzbackup");

} // namespace

void AutomaticBackup::checkFolder(const QString& folder, qint64 neededBytes)
{
    if (folder.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("No backup folder has been chosen yet: a beheerder chooses one in Beheer, Back-ups."));
    const QFileInfo info(folder);
    if (!info.exists())
        throw Error(
            Error::Kind::Io,
            tr("The backup folder %1 is not there: is the disk, USB stick or network share connected? "
               "Nothing was written.")
                .arg(folder));
    if (!info.isDir())
        throw Error(Error::Kind::Io, tr("%1 is not a folder; nothing was written.").arg(folder));
    if (!info.isWritable())
        throw Error(Error::Kind::Io,
                    tr("Kindzicht may not write in the backup folder %1; nothing was written.").arg(folder));
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() < neededBytes)
        throw Error(
            Error::Kind::Io,
            tr("The backup folder %1 is full: the backup needs about %2 MB and %3 MB are free. Nothing "
               "was written.")
                .arg(folder)
                .arg((neededBytes + megabyte - 1) / megabyte)
                .arg(storage.bytesAvailable() / megabyte));
}

AutomaticBackupResult AutomaticBackup::run(const Database& db, const Actor& actor,
                                           const QString& folderChoice)
{
    const std::optional<BackupKeyRecord> key = BackupKeyStore(db).current();
    if (!key)
        throw Error(Error::Kind::Conflict,
                    tr("There is no backup key yet: a beheerder makes one in Beheer, Back-ups (or with "
                       "kindzicht-cli backup key create)."));
    const BackupSettingsStore settings(db);
    const QString folder = folderChoice.isEmpty()
                               ? settings.folder()
                               : QDir::cleanPath(QFileInfo(folderChoice).absoluteFilePath());
    checkFolder(folder, 0);
    removeLeftoverPartials(folder);

    // The plaintext snapshot stays beside the database (a server's: in this computer's own
    // application folder), never in the backup folder.
    const DatabaseSnapshot snapshotCopy(db);
    const QString& snapshot = snapshotCopy.file();
    checkFolder(folder, QFileInfo(snapshot).size() + megabyte);

    AutomaticBackupResult result;
    const QString fileName = newFileName(folder);
    const SealedBackup::Written written =
        SealedBackup::write(snapshot, QDir(folder).filePath(fileName), key->publicKey);
    result.made = {0, Clock::nowUtc(), Clock::today(), folder, fileName, written.size, written.hash, key->id,
                   {}};
    {
        Transaction transaction(db);
        result.made.id = BackupLogStore(db).add(result.made);
        AuditLog::record(db, actor, QStringLiteral("backup"), QStringLiteral("database"), std::nullopt,
                         std::nullopt, QStringLiteral("automatic: %1").arg(fileName));
        transaction.commit();
    }
    result.removed = rotate(db, folder, settings.plan(), &result.kept);
    return result;
}

bool AutomaticBackup::isDue(const Database& db)
{
    if (!BackupKeyStore(db).current() || BackupSettingsStore(db).folder().isEmpty())
        return false;
    const std::optional<BackupLogRow> newest = BackupLogStore(db).newest();
    return !newest || newest->madeOn < Clock::today();
}

QString AutomaticBackup::newFileName(const QString& folder)
{
    const QString base =
        QStringLiteral("kindzicht-") + Clock::now().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString name = base + extension;
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name)); ++n)
        name = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(extension);
    return name;
}

int AutomaticBackup::rotate(const Database& db, const QString& folder, const BackupPlan& plan, int* kept)
{
    BackupLogStore log(db);
    const QList<BackupLogRow> rows = log.kept(folder);
    QList<QDate> days;
    for (const BackupLogRow& row : rows)
        days.append(row.madeOn);
    const QList<qsizetype> keep = plan.keep(days);
    int removed = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (keep.contains(i))
            continue;
        // A file that cannot be removed now (a read-only share) stays recorded and is tried again.
        const QString path = rows[i].filePath();
        if (QFileInfo::exists(path) && !QFile::remove(path))
            continue;
        log.markRemoved(rows[i].id);
        ++removed;
    }
    *kept = static_cast<int>(rows.size()) - removed;
    return removed;
}

void AutomaticBackup::removeLeftoverPartials(const QString& folder)
{
    // A run killed while writing leaves its hidden partial file; a day later it is surely dead.
    const QFileInfoList partials =
        QDir(folder).entryInfoList({QStringLiteral(".kindzicht-*.partial")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& partial : partials)
        if (partial.lastModified().secsTo(Clock::now()) > 24 * 3600)
            QFile::remove(partial.absoluteFilePath());
}

} // namespace kz
