#pragma once

#include "domain/BackupPlan.h"
#include "domain/User.h"
#include "store/BackupLogStore.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;

struct AutomaticBackupResult
{
    BackupLogRow made;
    int kept = 0;    // backups in the folder after rotation, the new one included
    int removed = 0; // older ones the plan let go
};

// The automatic backup: a snapshot sealed to the backup key's public half, written into the chosen
// folder, checked, recorded, and the generations beyond the plan removed. It needs no person and
// no secret (it cannot read what it writes), so the application runs it daily for whoever is
// logged in and the system's scheduler runs it through kindzicht-cli backup --auto.
class AutomaticBackup
{
    Q_DECLARE_TR_FUNCTIONS(kz::AutomaticBackup)

public:
    // `actor` is who is logged in (an empty Actor: the scheduler); `folder` overrides the chosen
    // folder for this run. Throws kz::Error (no key, no folder, missing or full folder, a write
    // that failed its check); nothing half-written stays behind and no old backup is removed then.
    static AutomaticBackupResult run(const Database& db, const Actor& actor = {}, const QString& folder = {});
    // Whether today's backup is still to be made: a key and a folder exist and none was made today.
    static bool isDue(const Database& db);
    // Throws unless `folder` exists, is writable and has `neededBytes` free.
    static void checkFolder(const QString& folder, qint64 neededBytes);

private:
    static QString newFileName(const QString& folder);
    static int rotate(const Database& db, const QString& folder, const BackupPlan& plan, int* kept);
    static void removeLeftoverPartials(const QString& folder);
};

} // namespace kz
