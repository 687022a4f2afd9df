#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;

// Encrypted backups: an online snapshot of the database (VACUUM INTO), encrypted with libsodium's
// secretstream (XChaCha20-Poly1305) under a key derived from a passphrase with Argon2id. Restore
// decrypts, checks authenticity, completeness and SQLite integrity, and only then replaces the file.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    static constexpr int minimumPassphraseLength = 12;

    // Only admins make backups: a backup holds every child of the organisation. Audited.
    static void create(const Database& db, const Actor& actor, const QString& backupFile, const QString& passphrase);
    // Replaces (or creates) the database at `databaseFile` with the backup's content. The caller
    // checks who may do this; the file must not be open elsewhere.
    static void restore(const QString& backupFile, const QString& passphrase, const QString& databaseFile);

private:
    static void encryptFile(const QString& plainFile, const QString& backupFile, const QString& passphrase);
    static void decryptFile(const QString& backupFile, const QString& plainFile, const QString& passphrase);
};

} // namespace kz
