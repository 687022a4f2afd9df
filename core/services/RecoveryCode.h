#pragma once

#include "BackupSecretKey.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

// The recovery code: the secret half of a backup key written out for people, printed on the
// recovery sheet. Crockford's base32 (no I, L, O or U, so nothing is misread) of the 32 key bytes
// and 2 check bytes, in groups of five; typing errors are caught by the check bytes.
class RecoveryCode
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    static QString encode(const BackupSecretKey& key);
    // Spaces, dashes and case do not matter; O reads as 0, I and L as 1. Throws Validation.
    static BackupSecretKey decode(const QString& code);
};

} // namespace kz
