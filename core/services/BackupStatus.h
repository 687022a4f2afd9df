#pragma once

#include "domain/BackupPlan.h"
#include "domain/User.h"
#include "store/BackupKeyStore.h"
#include "store/BackupLogStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace kz {

class Database;

// Where automatic backups stand: for Beheer, Back-ups and the status bar's warning.
struct BackupStatus
{
    Q_DECLARE_TR_FUNCTIONS(kz::BackupStatus)

public:
    static constexpr int staleAfterDays = 2;

    std::optional<BackupKeyRecord> key;
    QString folder;
    bool folderMissing = false;
    bool folderFull = false; // less room than the last backup took
    BackupPlan plan;
    std::optional<BackupLogRow> last;
    int kept = 0;
    QDate nextDue; // today while today's backup is still to be made

    static BackupStatus of(const Database& db);
    bool isStale() const;
    // The warning the status bar shows managers and beheerders (empty for others, and when all is
    // well): no good backup for two days, no key or folder, or a folder missing or full; or why
    // the last automatic run failed (`lastFailure`, from whoever ran it).
    static QString warningFor(const Database& db, const Actor& actor, const QString& lastFailure = {});
    QString warning() const;
};

} // namespace kz
