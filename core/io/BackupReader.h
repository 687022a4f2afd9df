#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kz {

// Reads the Kindzicht backup formats. A passphrase backup: a magic line, the Argon2id salt and
// limits, the secretstream header, then length-prefixed XChaCha20-Poly1305 parts, the last one
// tagged final. A sealed (automatic) backup: its own magic line, the check value of the public key
// it was made for, the file key sealed to that key (crypto_box_seal), then the same stream. Everything in
// the file is distrusted: a damaged or incomplete backup is a Validation error, a failing disk an
// Io error, so the two are never confused. Key derivation stays with the caller (kz::Backup).
class BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    static constexpr char magic[] = "KINDZICHT-BACKUP-1\n";
    static constexpr char sealedMagic[] = "KINDZICHT-BACKUP-2\n";
    static constexpr qsizetype magicLength = sizeof(magic) - 1;
    static constexpr qsizetype keyCheckLength = 8;
    static constexpr qsizetype chunkSize = 64 * 1024;

    struct Header
    {
        QByteArray salt;
        quint64 opslimit = 0;
        quint64 memlimit = 0;
        QByteArray streamHeader;
        // Sealed backups only: the public key's check value and the sealed file key.
        bool sealed = false;
        QByteArray keyCheck;
        QByteArray sealedKey;
    };

    // `in` is positioned after the header on return.
    static Header readHeader(QIODevice& in, const QString& backupFile);
    // Decrypts every part with `key` (32 bytes) into `out`.
    static void readParts(QIODevice& in, const Header& header, const QByteArray& key, QIODevice& out,
                          const QString& backupFile, const QString& plainFile);
};

} // namespace kz
