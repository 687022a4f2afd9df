#include "BackupWriter.h"

#include "BackupReader.h"
#include "Error.h"
#include "OutputFile.h"

#include <QFileDevice>
#include <QIODevice>
#include <QtEndian>
#include <array>
#include <sodium.h>
#include <vector>

namespace kz {

qint64 BackupWriter::writeStream(QIODevice& in, const QByteArray& key, QIODevice& out, const QString& where)
{
    if (sodium_init() < 0 || key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        throw Error(Error::Kind::Io, tr("The cryptography library could not start."));
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(),
                                                    reinterpret_cast<const unsigned char*>(key.constData()));
    OutputFile::writeAll(out, QByteArray(reinterpret_cast<const char*>(header.data()), header.size()), where);
    qint64 total = header.size();

    std::vector<unsigned char> cipher(BackupReader::chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
    for (;;) {
        const QByteArray plain = in.read(BackupReader::chunkSize);
        const auto* file = qobject_cast<QFileDevice*>(&in);
        if (file && file->error() != QFileDevice::NoError)
            throw Error(Error::Kind::Io,
                        tr("The disk failed while the database was being read for the backup."),
                        in.errorString());
        const unsigned char tag = in.atEnd() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cipher.data(), &length, reinterpret_cast<const unsigned char*>(plain.constData()),
            static_cast<unsigned long long>(plain.size()), nullptr, 0, tag);
        const quint32 size = qToLittleEndian(static_cast<quint32>(length));
        QByteArray part(reinterpret_cast<const char*>(&size), sizeof(size));
        part.append(reinterpret_cast<const char*>(cipher.data()), static_cast<qsizetype>(length));
        OutputFile::writeAll(out, part, where);
        total += part.size();
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return total;
    }
}

} // namespace kz
