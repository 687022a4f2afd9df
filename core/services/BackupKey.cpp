#include "BackupKey.h"

#include "Backup.h"
#include "BackupSecretKey.h"
#include "Clock.h"
#include "Error.h"
#include "RecoveryCode.h"
#include "RecoveryFile.h"
#include "access/AccessPolicy.h"
#include "db/Database.h"
#include "io/BackupReader.h"
#include "io/OutputFile.h"
#include "store/BackupKeyStore.h"
#include "store/BackupSettingsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>

namespace kz {

QByteArray BackupKey::checkOf(const QByteArray& publicKey)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof(hash), reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), BackupReader::keyCheckLength);
}

QString BackupKey::checkText(const QByteArray& check)
{
    const QString hex = QString::fromLatin1(check.toHex()).toUpper();
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        grouped += (i ? QStringLiteral("-") : QString()) + hex.mid(i, 4);
    return grouped;
}

RecoveryKit BackupKey::create(const Database& db, const Actor& actor, const QString& passphrase,
                              const QString& recoveryFile)
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, tr("The cryptography library could not start."));
    AccessPolicy::requireAnyRole(db, actor, {Role::Admin}, QStringLiteral("backup_key"));
    if (passphrase.size() < Backup::minimumPassphraseLength)
        throw Error(
            Error::Kind::Validation,
            tr("Choose a passphrase of at least %1 characters.").arg(Backup::minimumPassphraseLength));
    const QString folder = BackupSettingsStore(db).folder();
    const QString target = QFileInfo(recoveryFile).absoluteFilePath();
    if (!folder.isEmpty() && QDir(QFileInfo(target).absolutePath()) == QDir(folder))
        throw Error(
            Error::Kind::Validation,
            tr("Keep the recovery file apart from the backups: choose another folder than %1.").arg(folder));
    OutputFile::checkTarget(target);

    const BackupSecretKey key = BackupSecretKey::generate();
    const QString check = checkText(checkOf(key.publicKey()));
    // The file first: a key whose recovery file could not be written would make backups nobody opens.
    OutputFile::write(target, RecoveryFile::encode(key, passphrase, check));
    try {
        BackupKeyStore(db).add(actor, key.publicKey(), check);
    } catch (...) {
        QFile::remove(target);
        throw;
    }
    return {target, RecoveryCode::encode(key), check, Clock::now()};
}

} // namespace kz
