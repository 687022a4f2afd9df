#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kz {

// Writes the encrypted part of a Kindzicht backup (BackupReader reads it): the secretstream header,
// then `in` in length-prefixed XChaCha20-Poly1305 parts, the last one tagged final. What comes
// before it (magic line, salt or sealed key) is the caller's.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    // `key` is the 32-byte file key. Returns the number of bytes written to `out`.
    static qint64 writeStream(QIODevice& in, const QByteArray& key, QIODevice& out, const QString& where);
};

} // namespace kz
