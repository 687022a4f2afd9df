#pragma once

#include "BackupUnlock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;

// Encrypted backups: an online snapshot of the database (the dialect's), encrypted with libsodium's
// secretstream (XChaCha20-Poly1305) under a key derived from a passphrase with Argon2id. Restore
// decrypts, checks authenticity, completeness and SQLite integrity, and only then replaces the file.
// Restore opens automatic (sealed) backups as well, with the recovery file or code (BackupUnlock).
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    static constexpr int minimumPassphraseLength = 12;

    // Only admins make backups: a backup holds every child of the organisation. Audited.
    static void create(const Database& db, const Actor& actor, const QString& backupFile,
                       const QString& passphrase);
    // Replaces the open database with the backup's content. Takes the connection (it is closed:
    // the file it had open is gone). Admins only; a refusal is audited. Refuses (Conflict) while
    // another connection or process has the database open, and (Validation) a server's database,
    // which others keep using: restore into a new file or an empty server database instead. The restore is
    // audited in the restored database.
    static void restore(Database db, const Actor& actor, const QString& backupFile,
                        const BackupUnlock& unlock);
    // Restores into `databaseFile` where nobody has a database yet (first start, a new file): the
    // passphrase is the proof. An existing file is replaced only while nobody has it open.
    static void restore(const QString& backupFile, const BackupUnlock& unlock, const QString& databaseFile);
    // Restores into a new file beside the open database, which stays as it is (to be opened
    // later). Admins only; a refusal is audited. Refuses (Conflict) when `databaseFile` exists. The
    // restore is audited in the open database, and in the new one.
    static void restoreToNewFile(const Database& db, const Actor& actor, const QString& backupFile,
                                 const BackupUnlock& unlock, const QString& databaseFile);

    // Restores into an empty database on the organisation's server (a new server, or one set up
    // again after a loss): the passphrase is the proof. Refuses (Conflict) a server database that
    // holds data: a server is never replaced, as a file is. The restore is audited in it.
    static void restoreIntoServer(const Database& server, const QString& backupFile,
                                  const BackupUnlock& unlock);

    // Whether `backupFile` is an automatic (sealed) backup, which opens with the backup key's recovery
    // file or code rather than a passphrase of its own. False for anything else.
    static bool isAutomatic(const QString& backupFile);

private:
    static void restoreOver(const QString& databaseFile, const QString& backupFile,
                            const BackupUnlock& unlock, const Actor* actor);
    static void checkSqliteIntegrity(const QString& plainFile);
    static void encryptFile(const QString& plainFile, const QString& backupFile, const QString& passphrase);
    static void decryptFile(const QString& backupFile, const QString& plainFile, const BackupUnlock& unlock);
};

} // namespace kz
