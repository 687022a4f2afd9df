#pragma once

#include <QString>

namespace kz {

// Argon2id through libsodium's crypto_pwhash_str: memory-hard, salted, parameters in the string.
class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    static QString libraryVersion();
};

} // namespace kz
