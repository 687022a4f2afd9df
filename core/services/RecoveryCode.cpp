#include "RecoveryCode.h"

#include "Error.h"

#include <sodium.h>

namespace kz {

namespace {

constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int checkBytes = 2;
constexpr int groupSize = 5;

QByteArray checkOf(const QByteArray& secret)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof(hash), reinterpret_cast<const unsigned char*>(secret.constData()),
                       static_cast<unsigned long long>(secret.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), checkBytes);
}

int valueOf(QChar c)
{
    const char upper = c.toUpper().toLatin1();
    const char read = upper == 'O' ? '0' : (upper == 'I' || upper == 'L') ? '1' : upper;
    for (int i = 0; i < 32; ++i)
        if (alphabet[i] == read)
            return i;
    return -1;
}

Error mistyped()
{
    return Error(Error::Kind::Validation,
                 RecoveryCode::tr("This recovery code is not right: check it letter by letter against the "
                                  "recovery sheet."));
}

} // namespace

QString RecoveryCode::encode(const BackupSecretKey& key)
{
    const QByteArray bytes = key.secretBytes() + checkOf(key.secretBytes());
    QString code;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            code.append(QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        code.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]));
    QString grouped;
    for (qsizetype i = 0; i < code.size(); i += groupSize)
        grouped += (i ? QStringLiteral("-") : QString()) + code.mid(i, groupSize);
    return grouped;
}

BackupSecretKey RecoveryCode::decode(const QString& code)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : code) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = valueOf(c);
        if (value < 0)
            throw mistyped();
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bytes.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (bytes.size() != BackupSecretKey::size + checkBytes)
        throw mistyped();
    const QByteArray secret = bytes.left(BackupSecretKey::size);
    if (checkOf(secret) != bytes.mid(BackupSecretKey::size))
        throw mistyped();
    return BackupSecretKey::fromBytes(secret);
}

} // namespace kz
