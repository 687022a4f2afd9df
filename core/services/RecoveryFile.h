#pragma once

#include "BackupSecretKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kz {

// The recovery file: the secret half of a backup key, encrypted under a passphrase (Argon2id
// derives the key, crypto_secretbox encrypts). A short text file, so it can be mailed to oneself
// or kept on a stick apart from the backups; without its passphrase it opens nothing.
class RecoveryFile
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    static QByteArray encode(const BackupSecretKey& key, const QString& passphrase, const QString& keyCheck);
    // Throws Validation for a file that is no recovery file or a passphrase that does not open it.
    static BackupSecretKey decode(const QByteArray& contents, const QString& passphrase);
    static BackupSecretKey read(const QString& path, const QString& passphrase);
};

} // namespace kz
