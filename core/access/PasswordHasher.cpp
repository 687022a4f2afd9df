#include "PasswordHasher.h"

#include "Error.h"

#include <QCoreApplication>
#include <array>
#include <sodium.h>

namespace kz {

namespace {

void initialiseSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(
            Error::Kind::Database,
            QCoreApplication::translate("kz::PasswordHasher", "The cryptography library could not start."));
}

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    initialiseSodium();
    const QByteArray utf8 = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(Error::Kind::Database, QCoreApplication::translate(
                                               "kz::PasswordHasher", "There was not enough memory to protect "
                                                                     "the password."));
    return QString::fromLatin1(out.data());
}

QString PasswordHasher::libraryVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    initialiseSodium();
    if (storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace kz
