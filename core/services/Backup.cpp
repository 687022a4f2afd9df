#include "Backup.h"

#include "DatabaseCopy.h"
#include "DatabaseSnapshot.h"
#include "Error.h"
#include "SealedBackup.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Migrations.h"
#include "db/ScratchFolder.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "db/sqlite/SqliteFileCheck.h"
#include "db/sqlite/SqliteFileHold.h"
#include "io/BackupReader.h"
#include "io/BackupWriter.h"
#include "io/OutputFile.h"
#include "store/UserStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <array>
#include <cerrno>
#include <cstdio>
#include <optional>
#include <sodium.h>
#include <vector>

namespace kz {

namespace {

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

Key deriveKey(const QString& passphrase, const unsigned char* salt, quint64 opslimit, quint64 memlimit)
{
    const QByteArray utf8 = passphrase.toUtf8();
    Key key{};
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                      salt, opslimit, static_cast<size_t>(memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Io, Backup::tr("There was not enough memory to derive the backup key."));
    return key;
}

void initialiseSodium()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, Backup::tr("The cryptography library could not start."));
}

} // namespace

void Backup::encryptFile(const QString& plainFile, const QString& backupFile, const QString& passphrase)
{
    QFile in(plainFile);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("The snapshot could not be read."), in.errorString());
    OutputFile::checkTarget(backupFile);
    QSaveFile out(backupFile);
    if (!out.open(QIODevice::WriteOnly))
        throw OutputFile::failure(backupFile, errno, out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    const quint64 opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    Key key = deriveKey(passphrase, salt.data(), opslimit, memlimit);

    QByteArray head(BackupReader::magic, BackupReader::magicLength);
    head.append(reinterpret_cast<const char*>(salt.data()), salt.size());
    const quint64 limits[2] = {qToLittleEndian(opslimit), qToLittleEndian(memlimit)};
    head.append(reinterpret_cast<const char*>(limits), sizeof(limits));
    OutputFile::writeAll(out, head, backupFile);
    const qint64 total =
        head.size() +
        BackupWriter::writeStream(in, QByteArray(reinterpret_cast<const char*>(key.data()), key.size()), out,
                                  backupFile);
    sodium_memzero(key.data(), key.size());
    OutputFile::commit(out, backupFile, total);
}

void Backup::decryptFile(const QString& backupFile, const QString& plainFile, const BackupUnlock& unlock)
{
    QFile in(backupFile);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("The backup %1 could not be opened.").arg(backupFile),
                    in.errorString());
    const BackupReader::Header header = BackupReader::readHeader(in, backupFile);
    QByteArray fileKey;
    if (header.sealed) {
        fileKey = SealedBackup::fileKey(header, unlock);
    } else {
        Key key =
            deriveKey(unlock.passphrase, reinterpret_cast<const unsigned char*>(header.salt.constData()),
                      header.opslimit, header.memlimit);
        fileKey = QByteArray(reinterpret_cast<const char*>(key.data()), key.size());
        sodium_memzero(key.data(), key.size());
    }
    QFile out(plainFile);
    if (!out.open(QIODevice::WriteOnly))
        throw OutputFile::failure(plainFile, errno, out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    try {
        BackupReader::readParts(in, header, fileKey, out, backupFile, plainFile);
    } catch (...) {
        sodium_memzero(fileKey.data(), static_cast<size_t>(fileKey.size()));
        throw;
    }
    sodium_memzero(fileKey.data(), static_cast<size_t>(fileKey.size()));
    errno = 0;
    if (!out.flush())
        throw OutputFile::failure(plainFile, errno, out.errorString());
}

void Backup::create(const Database& db, const Actor& actor, const QString& backupFile,
                    const QString& passphrase)
{
    initialiseSodium();
    AccessPolicy::requireAnyRole(db, actor, {Role::Admin}, QStringLiteral("backup"));
    AccessPolicy::requireEveryRow(db, actor, QStringLiteral("backup"));
    if (passphrase.size() < minimumPassphraseLength)
        throw Error(Error::Kind::Validation,
                    tr("Choose a passphrase of at least %1 characters.").arg(minimumPassphraseLength));
    OutputFile::checkTarget(backupFile);
    // The plaintext snapshot stays beside the database (or for a server in this computer's own
    // application folder), never beside the backup (a USB stick).
    const DatabaseSnapshot snapshot(db);
    encryptFile(snapshot.file(), backupFile, passphrase);
    AuditLog::record(db, actor, QStringLiteral("backup"), QStringLiteral("database"), std::nullopt,
                     std::nullopt, QFileInfo(backupFile).fileName());
}

bool Backup::isAutomatic(const QString& backupFile)
{
    QFile in(backupFile);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    try {
        return BackupReader::readHeader(in, backupFile).sealed;
    } catch (const Error&) {
        return false;
    }
}

void Backup::checkSqliteIntegrity(const QString& plain)
{
    // Nothing is replaced unless SQLite itself finds the copy sound and of a version we know.
    QString detail;
    const bool ok = SqliteFileCheck::isSoundAndKnown(plain, Migrations::currentVersion(), &detail);
    if (!ok)
        throw Error(Error::Kind::Validation,
                    tr("The backup's database failed its integrity check; nothing was replaced."), detail);
}

void Backup::restoreOver(const QString& databaseFile, const QString& backupFile, const BackupUnlock& unlock,
                         const Actor* actor)
{
    initialiseSodium();
    const QString target = QFileInfo(databaseFile).absoluteFilePath();
    ScratchFolder::removeLeftovers(target);
    QDir().mkpath(QFileInfo(target).absolutePath());
    // The plaintext is unpacked beside the database, so the final step is one rename on one disk.
    const ScratchFolder scratch(target);
    const QString plain = scratch.filePath(QStringLiteral("restored.db"));
    decryptFile(backupFile, plain, unlock);
    checkSqliteIntegrity(plain);
    QFile::setPermissions(plain, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::optional<SqliteFileHold> hold;
    if (QFileInfo::exists(target))
        hold.emplace(target);
    if (std::rename(QFile::encodeName(plain).constData(), QFile::encodeName(target).constData()) != 0)
        throw OutputFile::failure(target, errno, QString());
    hold.reset();

    // The restored database records its own restore, by the same person where it knows her.
    const Database restored = Database::open(target);
    Actor who;
    QString detail = QFileInfo(backupFile).fileName();
    if (actor) {
        who = UserStore(restored).actorByUsername(actor->username).value_or(Actor{});
        if (who.userId == 0)
            detail += QStringLiteral(" (by %1)").arg(actor->username);
    }
    Transaction transaction(restored);
    AuditLog::record(restored, who, QStringLiteral("restore"), QStringLiteral("database"), std::nullopt,
                     std::nullopt, detail);
    transaction.commit();
}

void Backup::restore(Database db, const Actor& actor, const QString& backupFile, const BackupUnlock& unlock)
{
    AccessPolicy::requireAnyRole(db, actor, {Role::Admin}, QStringLiteral("restore"));
    if (db.dialect().isServer())
        throw Error(Error::Kind::Validation,
                    tr("A database on the organisation's server is not replaced by a backup while others use "
                       "it: restore into a new file, or into an empty database on the server."));
    const QString path = db.path();
    {
        const Database closing = std::move(db);
    } // our own connection goes first: the hold needs the file alone
    restoreOver(path, backupFile, unlock, &actor);
}

void Backup::restore(const QString& backupFile, const BackupUnlock& unlock, const QString& databaseFile)
{
    restoreOver(databaseFile, backupFile, unlock, nullptr);
}

void Backup::restoreToNewFile(const Database& db, const Actor& actor, const QString& backupFile,
                              const BackupUnlock& unlock, const QString& databaseFile)
{
    AccessPolicy::requireAnyRole(db, actor, {Role::Admin}, QStringLiteral("restore"));
    if (QFileInfo::exists(databaseFile))
        throw Error(Error::Kind::Conflict,
                    tr("%1 exists already; restore into a new file.").arg(databaseFile));
    restoreOver(databaseFile, backupFile, unlock, nullptr);
    Transaction transaction(db);
    AuditLog::record(db, actor, QStringLiteral("restore"), QStringLiteral("database"), std::nullopt,
                     std::nullopt, QFileInfo(databaseFile).fileName());
    transaction.commit();
}

void Backup::restoreIntoServer(const Database& server, const QString& backupFile, const BackupUnlock& unlock)
{
    initialiseSodium();
    if (!DatabaseCopy::isEmpty(server))
        throw Error(Error::Kind::Conflict,
                    tr("%1 holds data already: a backup is restored only into an empty database on the "
                       "server.")
                        .arg(server.path()));
    // The plaintext is unpacked in this computer's own private folder, never beside the backup.
    const QString place = DatabaseSnapshot::workingPlaceFor(server);
    ScratchFolder::removeLeftovers(place);
    const ScratchFolder scratch(place);
    const QString plain = scratch.filePath(QStringLiteral("restored.db"));
    decryptFile(backupFile, plain, unlock);
    checkSqliteIntegrity(plain);
    {
        const Database restored = Database::open(plain); // an older backup's schema is brought up to date
        DatabaseCopy::restoreInto(restored, server);
    }
    Transaction transaction(server);
    AuditLog::record(server, Actor{}, QStringLiteral("restore"), QStringLiteral("database"), std::nullopt,
                     std::nullopt, QFileInfo(backupFile).fileName());
    transaction.commit();
}

} // namespace kz
