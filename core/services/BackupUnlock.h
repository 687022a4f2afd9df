#pragma once

#include <QString>

namespace kz {

// What opens a backup: its passphrase (a passphrase backup), or for an automatic backup the
// recovery file with its passphrase, or the recovery code from the recovery sheet.
struct BackupUnlock
{
    // A passphrase alone, as passphrase backups have always been opened.
    BackupUnlock(const QString& secret) : passphrase(secret) {} // NOLINT: implicit by design
    BackupUnlock(const QString& secret, const QString& file, const QString& code = {})
        : passphrase(secret), recoveryFile(file), recoveryCode(code)
    {}

    QString passphrase;
    QString recoveryFile;
    QString recoveryCode;
};

} // namespace kz
