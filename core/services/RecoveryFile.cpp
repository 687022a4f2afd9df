#include "RecoveryFile.h"

#include "Error.h"

#include <QFile>
#include <QtEndian>
#include <sodium.h>
#include <vector>

namespace kz {

namespace {

const QByteArray dataPrefix = QByteArrayLiteral("KZR1:");
constexpr qsizetype limitsLength = 16;
using SecretBoxKey = std::array<unsigned char, crypto_secretbox_KEYBYTES>;

SecretBoxKey derive(const QString& passphrase, const unsigned char* salt, quint64 opslimit, quint64 memlimit)
{
    const QByteArray utf8 = passphrase.toUtf8();
    SecretBoxKey key{};
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                      salt, opslimit, static_cast<size_t>(memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Io,
                    RecoveryFile::tr("There was not enough memory to derive the backup key."));
    return key;
}

Error notARecoveryFile()
{
    return Error(Error::Kind::Validation, RecoveryFile::tr("This is not a Kindzicht recovery file."));
}

} // namespace

QByteArray RecoveryFile::encode(const BackupSecretKey& key, const QString& passphrase,
                                const QString& keyCheck)
{
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    std::array<unsigned char, crypto_secretbox_NONCEBYTES> nonce{};
    randombytes_buf(salt.data(), salt.size());
    randombytes_buf(nonce.data(), nonce.size());
    const quint64 opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    SecretBoxKey boxKey = derive(passphrase, salt.data(), opslimit, memlimit);
    const QByteArray secret = key.secretBytes();
    std::vector<unsigned char> box(crypto_secretbox_MACBYTES + static_cast<size_t>(secret.size()));
    crypto_secretbox_easy(box.data(), reinterpret_cast<const unsigned char*>(secret.constData()),
                          static_cast<unsigned long long>(secret.size()), nonce.data(), boxKey.data());
    sodium_memzero(boxKey.data(), boxKey.size());

    QByteArray data(reinterpret_cast<const char*>(salt.data()), salt.size());
    const quint64 limits[2] = {qToLittleEndian(opslimit), qToLittleEndian(memlimit)};
    data.append(reinterpret_cast<const char*>(limits), sizeof(limits));
    data.append(reinterpret_cast<const char*>(nonce.data()), nonce.size());
    data.append(reinterpret_cast<const char*>(box.data()), static_cast<qsizetype>(box.size()));
    return QByteArrayLiteral("Kindzicht backup recovery file\n") + "Key check: " + keyCheck.toLatin1() +
           "\nKeep this file apart from the backups; it opens them only with its passphrase.\n" + dataPrefix +
           data.toBase64() + '\n';
}

BackupSecretKey RecoveryFile::decode(const QByteArray& contents, const QString& passphrase)
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, tr("The cryptography library could not start."));
    QByteArray encoded;
    for (const QByteArray& line : contents.split('\n'))
        if (line.trimmed().startsWith(dataPrefix))
            encoded = line.trimmed().mid(dataPrefix.size());
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray data = decoded.decoded;
    const qsizetype boxStart = crypto_pwhash_SALTBYTES + limitsLength + crypto_secretbox_NONCEBYTES;
    if (!decoded ||
        data.size() != boxStart + static_cast<qsizetype>(crypto_secretbox_MACBYTES) + BackupSecretKey::size)
        throw notARecoveryFile();
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const quint64 opslimit = qFromLittleEndian<quint64>(bytes + crypto_pwhash_SALTBYTES);
    const quint64 memlimit = qFromLittleEndian<quint64>(bytes + crypto_pwhash_SALTBYTES + 8);
    if (opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        throw notARecoveryFile();
    SecretBoxKey boxKey = derive(passphrase, bytes, opslimit, memlimit);
    QByteArray secret(BackupSecretKey::size, '\0');
    const int opened =
        crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(secret.data()), bytes + boxStart,
                                   static_cast<unsigned long long>(data.size() - boxStart),
                                   bytes + crypto_pwhash_SALTBYTES + limitsLength, boxKey.data());
    sodium_memzero(boxKey.data(), boxKey.size());
    if (opened != 0)
        throw Error(Error::Kind::Validation,
                    tr("The passphrase does not open this recovery file, or the file is damaged."));
    const BackupSecretKey key = BackupSecretKey::fromBytes(secret);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return key;
}

BackupSecretKey RecoveryFile::read(const QString& path, const QString& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, tr("The recovery file %1 could not be opened.").arg(path),
                    file.errorString());
    // A recovery file is a few hundred bytes; anything large is something else.
    return decode(file.read(64 * 1024), passphrase);
}

} // namespace kz
