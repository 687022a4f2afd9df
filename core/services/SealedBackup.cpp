#include "SealedBackup.h"

#include "BackupKey.h"
#include "BackupSecretKey.h"
#include "Error.h"
#include "RecoveryCode.h"
#include "RecoveryFile.h"
#include "io/BackupWriter.h"
#include "io/HashingSink.h"
#include "io/OutputFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <sodium.h>

namespace kz {

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw Error(Error::Kind::Io, SealedBackup::tr("%1 could not be read back.").arg(path),
                    file.errorString());
    return hash.result();
}

// Removes the temporary file on every way out but the last rename.
class PartialFile
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

} // namespace

SealedBackup::Written SealedBackup::write(const QString& plainFile, const QString& target,
                                          const QByteArray& publicKey)
{
    if (sodium_init() < 0 || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        throw Error(Error::Kind::Io, tr("The cryptography library could not start."));
    QFile in(plainFile);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("The snapshot could not be read."), in.errorString());
    QByteArray fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char*>(fileKey.data()));
    QByteArray sealed(crypto_box_SEALBYTES + fileKey.size(), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                    reinterpret_cast<const unsigned char*>(fileKey.constData()),
                    static_cast<unsigned long long>(fileKey.size()),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    const QByteArray keyCheck = BackupKey::checkOf(publicKey);

    const QFileInfo info(target);
    PartialFile partial(
        info.absoluteDir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".partial")));
    try {
        QFile out(partial.path());
        errno = 0;
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw OutputFile::failure(target, errno, out.errorString());
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        OutputFile::writeAll(
            out, QByteArray(BackupReader::sealedMagic, BackupReader::magicLength) + keyCheck + sealed,
            target);
        BackupWriter::writeStream(in, fileKey, out, target);
        out.close();
        if (out.error() != QFileDevice::NoError)
            throw OutputFile::failure(target, errno, out.errorString());
        check(partial.path(), fileKey, keyCheck, hashOf(plainFile));
    } catch (...) {
        sodium_memzero(fileKey.data(), static_cast<size_t>(fileKey.size()));
        throw;
    }
    sodium_memzero(fileKey.data(), static_cast<size_t>(fileKey.size()));
    const Written written{QFileInfo(partial.path()).size(),
                          QString::fromLatin1(hashOf(partial.path()).toHex())};
    if (QFileInfo::exists(target))
        throw Error(Error::Kind::Conflict, tr("%1 exists already.").arg(target));
    if (std::rename(QFile::encodeName(partial.path()).constData(), QFile::encodeName(target).constData()) !=
        0)
        throw OutputFile::failure(target, errno, QString());
    partial.release();
    return written;
}

void SealedBackup::check(const QString& written, const QByteArray& fileKey, const QByteArray& keyCheck,
                         const QByteArray& plainHash)
{
    QFile in(written);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 could not be read back.").arg(written), in.errorString());
    const BackupReader::Header header = BackupReader::readHeader(in, written);
    HashingSink sink;
    if (header.sealed && header.keyCheck == keyCheck)
        BackupReader::readParts(in, header, fileKey, sink, written, written);
    if (!header.sealed || header.keyCheck != keyCheck || sink.result() != plainHash)
        throw Error(Error::Kind::Io,
                    tr("The backup did not read back as it was written (a failing disk or share?); it was "
                       "not kept."));
}

QByteArray SealedBackup::fileKey(const BackupReader::Header& header, const BackupUnlock& unlock)
{
    if (unlock.recoveryFile.isEmpty() && unlock.recoveryCode.trimmed().isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("This is an automatic backup: it opens with the recovery file and its passphrase, or "
                       "with the recovery code from the recovery sheet."));
    const BackupSecretKey key = unlock.recoveryFile.isEmpty()
                                    ? RecoveryCode::decode(unlock.recoveryCode)
                                    : RecoveryFile::read(unlock.recoveryFile, unlock.passphrase);
    if (BackupKey::checkOf(key.publicKey()) != header.keyCheck)
        throw Error(
            Error::Kind::Validation,
            tr("This recovery key belongs to another backup key (%1); the backup was made for key %2.")
                .arg(BackupKey::checkText(BackupKey::checkOf(key.publicKey())),
                     BackupKey::checkText(header.keyCheck)));
    return key.openSealed(header.sealedKey);
}

} // namespace kz
