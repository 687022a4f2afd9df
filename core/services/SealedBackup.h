#pragma once

#include "BackupUnlock.h"
#include "io/BackupReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kz {

// The sealed (automatic) backup file: a fresh file key sealed to the backup key's public half
// (crypto_box_seal), the data streamed with secretstream under that file key. The computer that
// writes it keeps no way to read it: the file key is forgotten once the file is checked.
class SealedBackup
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    struct Written
    {
        qint64 size = 0;
        QString hash; // BLAKE2b-256 of the file, hex
    };

    // Encrypts `plainFile` into the new file `target`. It is written under a temporary name in the
    // same folder, read back and decrypted with the file key still in memory (its plaintext hash
    // must match `plainFile`'s), and only then renamed: a failure leaves nothing behind.
    static Written write(const QString& plainFile, const QString& target, const QByteArray& publicKey);
    // The file key of a sealed backup: from the recovery file and its passphrase, or the code.
    static QByteArray fileKey(const BackupReader::Header& header, const BackupUnlock& unlock);

private:
    static void check(const QString& written, const QByteArray& fileKey, const QByteArray& keyCheck,
                      const QByteArray& plainHash);
};

} // namespace kz
