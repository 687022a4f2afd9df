#include "BackupSecretKey.h"

#include "Error.h"

#include <sodium.h>

namespace kz {

namespace {

void startSodium()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, BackupSecretKey::tr("The cryptography library could not start."));
}

} // namespace

static_assert(BackupSecretKey::size == crypto_box_SECRETKEYBYTES &&
              BackupSecretKey::size == crypto_box_PUBLICKEYBYTES);

BackupSecretKey BackupSecretKey::generate()
{
    startSodium();
    BackupSecretKey key;
    crypto_box_keypair(key.m_public.data(), key.m_secret.data());
    return key;
}

BackupSecretKey BackupSecretKey::fromBytes(const QByteArray& secret)
{
    startSodium();
    if (secret.size() != size)
        throw Error(Error::Kind::Validation, tr("This is not a Kindzicht backup key."));
    BackupSecretKey key;
    std::copy(secret.cbegin(), secret.cend(), key.m_secret.begin());
    // The public half follows from the secret one: X25519 scalar multiplication with the base point.
    if (crypto_scalarmult_base(key.m_public.data(), key.m_secret.data()) != 0)
        throw Error(Error::Kind::Validation, tr("This is not a Kindzicht backup key."));
    return key;
}

BackupSecretKey::~BackupSecretKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

BackupSecretKey::BackupSecretKey(const BackupSecretKey& other)
    : m_secret(other.m_secret), m_public(other.m_public)
{}

QByteArray BackupSecretKey::publicKey() const
{
    return QByteArray(reinterpret_cast<const char*>(m_public.data()), size);
}

QByteArray BackupSecretKey::secretBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_secret.data()), size);
}

QByteArray BackupSecretKey::openSealed(const QByteArray& sealed) const
{
    if (sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES))
        throw Error(Error::Kind::Validation, tr("The backup is damaged."));
    QByteArray opened(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(opened.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()), m_public.data(),
                             m_secret.data()) != 0)
        throw Error(
            Error::Kind::Validation,
            tr("The backup key does not open this backup: it belongs to another key, or the backup is "
               "damaged."));
    return opened;
}

} // namespace kz
