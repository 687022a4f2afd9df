#include "BackupReader.h"

#include "Error.h"
#include "OutputFile.h"

#include <QFileDevice>
#include <QIODevice>
#include <QtEndian>
#include <sodium.h>
#include <vector>

namespace kz {

namespace {

// Reads up to `size` bytes, telling a failing disk from a file that ends too soon.
QByteArray readUpTo(QIODevice& in, qint64 size, const QString& backupFile)
{
    const QByteArray bytes = in.read(size);
    const auto* file = qobject_cast<QFileDevice*>(&in);
    if ((file && file->error() != QFileDevice::NoError) ||
        (!file && bytes.isNull() && size > 0 && !in.atEnd()))
        throw Error(
            Error::Kind::Io,
            BackupReader::tr("The disk failed while the backup %1 was being read; the backup itself may be "
                             "fine. Copy it to another disk and try again.")
                .arg(backupFile),
            in.errorString());
    return bytes;
}

Error incomplete()
{
    return Error(Error::Kind::Validation,
                 BackupReader::tr(
                     "The backup is incomplete: it ends before its last part (was it copied completely?)."));
}

} // namespace

BackupReader::Header BackupReader::readHeader(QIODevice& in, const QString& backupFile)
{
    const Error notABackup(Error::Kind::Validation, tr("%1 is not a Kindzicht backup.").arg(backupFile));
    const QByteArray start = readUpTo(in, magicLength, backupFile);
    Header header;
    if (start == QByteArray(sealedMagic, magicLength)) {
        header.sealed = true;
        header.keyCheck = readUpTo(in, keyCheckLength, backupFile);
        header.sealedKey =
            readUpTo(in, crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES, backupFile);
        header.streamHeader = readUpTo(in, crypto_secretstream_xchacha20poly1305_HEADERBYTES, backupFile);
        if (header.keyCheck.size() != keyCheckLength ||
            header.sealedKey.size() !=
                crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES ||
            header.streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
            throw notABackup;
        return header;
    }
    if (start != QByteArray(magic, magicLength))
        throw notABackup;
    header.salt = readUpTo(in, crypto_pwhash_SALTBYTES, backupFile);
    const QByteArray limits = readUpTo(in, 16, backupFile);
    header.streamHeader = readUpTo(in, crypto_secretstream_xchacha20poly1305_HEADERBYTES, backupFile);
    if (header.salt.size() != crypto_pwhash_SALTBYTES || limits.size() != 16 ||
        header.streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        throw notABackup;
    header.opslimit = qFromLittleEndian<quint64>(limits.constData());
    header.memlimit = qFromLittleEndian<quint64>(limits.constData() + 8);
    if (header.opslimit < crypto_pwhash_OPSLIMIT_MIN || header.opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        header.memlimit < crypto_pwhash_MEMLIMIT_MIN || header.memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        throw notABackup;
    return header;
}

void BackupReader::readParts(QIODevice& in, const Header& header, const QByteArray& key, QIODevice& out,
                             const QString& backupFile, const QString& plainFile)
{
    if (sodium_init() < 0 || key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        throw Error(Error::Kind::Io, tr("The cryptography library could not start."));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(header.streamHeader.constData()),
            reinterpret_cast<const unsigned char*>(key.constData())) != 0)
        throw Error(Error::Kind::Validation, tr("%1 is not a Kindzicht backup.").arg(backupFile));
    std::vector<unsigned char> plain(chunkSize);
    bool first = true;
    for (;;) {
        const QByteArray sizeBytes = readUpTo(in, 4, backupFile);
        if (sizeBytes.size() != 4)
            throw incomplete();
        const quint32 size = qFromLittleEndian<quint32>(sizeBytes.constData());
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES ||
            size > chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES)
            throw Error(Error::Kind::Validation, tr("The backup is damaged."));
        const QByteArray cipher = readUpTo(in, size, backupFile);
        if (cipher.size() != static_cast<qsizetype>(size))
            throw incomplete();
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &length, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()),
                static_cast<unsigned long long>(cipher.size()), nullptr, 0) != 0)
            throw Error(Error::Kind::Validation,
                        first && !header.sealed ? tr("The passphrase is not right, or the backup is damaged.")
                                                : tr("The backup is damaged."));
        first = false;
        OutputFile::writeAll(
            out, QByteArray(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(length)),
            plainFile);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    if (!in.atEnd())
        throw Error(Error::Kind::Validation, tr("The backup is damaged: there is data after its end."));
}

} // namespace kz
