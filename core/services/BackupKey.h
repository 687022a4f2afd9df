#pragma once

#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kz {

class Database;

// What a beheerder takes away when a backup key is made: the recovery file was written where she
// chose; the code is shown (and printed on the recovery sheet) once and kept nowhere.
struct RecoveryKit
{
    QString recoveryFile;
    QString recoveryCode;
    QString keyCheck;
    QDateTime createdAt;
};

// The backup key: a key pair whose public half stays in the database, so the computer can make
// backups it cannot read itself, and whose secret half leaves it only encrypted under a
// passphrase (the recovery file) or on paper (the recovery code).
class BackupKey
{
    Q_DECLARE_TR_FUNCTIONS(kz::Backup)

public:
    // Makes a new key and writes its recovery file; the key before it (if any) is replaced, and
    // automatic backups from now on need the new recovery file. Beheerders only; audited in the
    // transaction that stores the public key. A recovery file inside the backup folder is refused.
    static RecoveryKit create(const Database& db, const Actor& actor, const QString& passphrase,
                              const QString& recoveryFile);

    // The public key's check value: stored in each sealed backup, printed on the recovery sheet.
    static QByteArray checkOf(const QByteArray& publicKey);
    // The check value for people: "1A2B-3C4D-5E6F-7A8B".
    static QString checkText(const QByteArray& check);
};

} // namespace kz
