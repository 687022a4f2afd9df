#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <array>

namespace kz {

// The secret half of a backup key (an X25519 key pair for crypto_box_seal), held only in memory
// while a key is made or a backup restored, and overwritten when it goes.
class BackupSecretKey
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    static constexpr int size = 32;

    static BackupSecretKey generate();
    // Throws Validation unless `secret` is a key's 32 bytes.
    static BackupSecretKey fromBytes(const QByteArray& secret);
    ~BackupSecretKey();
    BackupSecretKey(const BackupSecretKey& other);
    BackupSecretKey& operator=(const BackupSecretKey&) = delete;

    QByteArray publicKey() const;
    // The secret bytes, for the recovery file and code only.
    QByteArray secretBytes() const;
    // Opens a file key sealed to this key pair; throws Validation when it was sealed to another.
    QByteArray openSealed(const QByteArray& sealed) const;

private:
    BackupSecretKey() = default;
    std::array<unsigned char, size> m_secret{};
    std::array<unsigned char, size> m_public{};
};

} // namespace kz
