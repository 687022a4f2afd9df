#include "Backup.h"

#include "Error.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "services/AccessPolicy.h"
#include "store/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <array>
#include <vector>

namespace kz {

namespace {

constexpr char magic[] = "KINDZICHT-BACKUP-1\n"; // 19 bytes, then salt, limits, stream header
constexpr qsizetype magicLength = sizeof(magic) - 1;
constexpr qsizetype chunkSize = 64 * 1024;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

Key deriveKey(const QString& passphrase, const unsigned char* salt, quint64 opslimit, quint64 memlimit)
{
    const QByteArray utf8 = passphrase.toUtf8();
    Key key{};
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()), salt,
                      opslimit, static_cast<size_t>(memlimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw Error(Error::Kind::Io, Backup::tr("There was not enough memory to derive the backup key."));
    return key;
}

void initialiseSodium()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, Backup::tr("The cryptography library could not start."));
}

// A plaintext copy lives only in a private temporary folder, and is overwritten before removal.
void wipe(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(chunkSize, '\0');
        for (qint64 left = file.size(); left > 0; left -= chunkSize)
            file.write(zeros.constData(), std::min<qint64>(left, chunkSize));
        file.close();
    }
    QFile::remove(path);
}

QTemporaryDir privateTemporaryDir(const QString& near)
{
    QTemporaryDir dir(QFileInfo(near).absolutePath() + QStringLiteral("/.kindzicht-XXXXXX"));
    if (!dir.isValid())
        dir = QTemporaryDir(); // fall back to the system's temporary folder
    if (!dir.isValid())
        throw Error(Error::Kind::Io, Backup::tr("No temporary folder could be made for the backup."));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

} // namespace

void Backup::encryptFile(const QString& plainFile, const QString& backupFile, const QString& passphrase)
{
    QFile in(plainFile);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("The snapshot could not be read."), in.errorString());
    QSaveFile out(backupFile);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, tr("%1 could not be written.").arg(backupFile), out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    const quint64 opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    const Key key = deriveKey(passphrase, salt.data(), opslimit, memlimit);
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), key.data());

    out.write(magic, magicLength);
    out.write(reinterpret_cast<const char*>(salt.data()), salt.size());
    const quint64 limits[2] = {qToLittleEndian(opslimit), qToLittleEndian(memlimit)};
    out.write(reinterpret_cast<const char*>(limits), sizeof(limits));
    out.write(reinterpret_cast<const char*>(header.data()), header.size());

    std::vector<unsigned char> cipher(chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
    do {
        const QByteArray plain = in.read(chunkSize);
        const unsigned char tag = in.atEnd() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, cipher.data(), &length,
                                                   reinterpret_cast<const unsigned char*>(plain.constData()),
                                                   static_cast<unsigned long long>(plain.size()), nullptr, 0, tag);
        const quint32 size = qToLittleEndian(static_cast<quint32>(length));
        out.write(reinterpret_cast<const char*>(&size), sizeof(size));
        out.write(reinterpret_cast<const char*>(cipher.data()), static_cast<qint64>(length));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    } while (true);
    if (!out.commit())
        throw Error(Error::Kind::Io, tr("%1 could not be written.").arg(backupFile), out.errorString());
}

void Backup::decryptFile(const QString& backupFile, const QString& plainFile, const QString& passphrase)
{
    QFile in(backupFile);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("The backup %1 could not be opened.").arg(backupFile), in.errorString());
    const auto notABackup = [&] {
        return Error(Error::Kind::Validation, tr("%1 is not a Kindzicht backup.").arg(backupFile));
    };
    if (in.read(magicLength) != QByteArray(magic, magicLength))
        throw notABackup();
    const QByteArray salt = in.read(crypto_pwhash_SALTBYTES);
    const QByteArray limits = in.read(16);
    const QByteArray header = in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (salt.size() != crypto_pwhash_SALTBYTES || limits.size() != 16
        || header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        throw notABackup();
    const quint64 opslimit = qFromLittleEndian<quint64>(limits.constData());
    const quint64 memlimit = qFromLittleEndian<quint64>(limits.constData() + 8);
    if (opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        throw notABackup();
    const Key key = deriveKey(passphrase, reinterpret_cast<const unsigned char*>(salt.constData()), opslimit, memlimit);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char*>(header.constData()),
                                                        key.data())
        != 0)
        throw notABackup();

    QFile out(plainFile);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, tr("The backup could not be unpacked."), out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::vector<unsigned char> plain(chunkSize);
    bool first = true;
    for (;;) {
        const QByteArray sizeBytes = in.read(4);
        if (sizeBytes.size() != 4)
            throw Error(Error::Kind::Validation,
                        tr("The backup is incomplete: it ends before its last part (was it copied completely?)."));
        const quint32 size = qFromLittleEndian<quint32>(sizeBytes.constData());
        if (size > chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES)
            throw Error(Error::Kind::Validation, tr("The backup is damaged."));
        const QByteArray cipher = in.read(size);
        if (cipher.size() != static_cast<qsizetype>(size))
            throw Error(Error::Kind::Validation,
                        tr("The backup is incomplete: it ends before its last part (was it copied completely?)."));
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &length, &tag,
                                                       reinterpret_cast<const unsigned char*>(cipher.constData()),
                                                       cipher.size(), nullptr, 0)
            != 0)
            throw Error(Error::Kind::Validation, first ? tr("The passphrase is not right, or the backup is damaged.")
                                                       : tr("The backup is damaged."));
        first = false;
        out.write(reinterpret_cast<const char*>(plain.data()), static_cast<qint64>(length));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    if (!in.atEnd())
        throw Error(Error::Kind::Validation, tr("The backup is damaged: there is data after its end."));
}

void Backup::create(const Database& db, const Actor& actor, const QString& backupFile, const QString& passphrase)
{
    initialiseSodium();
    AccessPolicy::requireAnyRole(db, actor, {Role::Admin});
    if (passphrase.size() < minimumPassphraseLength)
        throw Error(Error::Kind::Validation,
                    tr("Choose a passphrase of at least %1 characters.").arg(minimumPassphraseLength));
    QTemporaryDir dir = privateTemporaryDir(backupFile);
    const QString snapshot = dir.filePath(QStringLiteral("snapshot.db"));
    // A consistent copy of a live database, without stopping the people working in it.
    SqlQuery into(db, QStringLiteral("VACUUM INTO :file"));
    into.bind(QStringLiteral(":file"), snapshot).exec();
    try {
        encryptFile(snapshot, backupFile, passphrase);
    } catch (...) {
        wipe(snapshot);
        throw;
    }
    wipe(snapshot);
    AuditLog::record(db, actor, QStringLiteral("backup"), QStringLiteral("database"), std::nullopt, std::nullopt,
                     QFileInfo(backupFile).fileName());
}

void Backup::restore(const QString& backupFile, const QString& passphrase, const QString& databaseFile)
{
    initialiseSodium();
    QTemporaryDir dir = privateTemporaryDir(databaseFile);
    const QString plain = dir.filePath(QStringLiteral("restored.db"));
    try {
        decryptFile(backupFile, plain, passphrase);
        {
            // Nothing is replaced unless SQLite itself finds the copy sound and of a version we know.
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kindzicht-restore-check"));
            check.setDatabaseName(plain);
            check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            bool ok = check.open();
            QString detail;
            if (ok) {
                QSqlQuery q(check);
                ok = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() && q.value(0).toString() == QLatin1String("ok");
                if (ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    ok = q.value(0).toInt() >= 1 && q.value(0).toInt() <= Migrations::currentVersion();
                detail = q.lastError().text();
            }
            check.close();
            check = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("kindzicht-restore-check"));
            if (!ok)
                throw Error(Error::Kind::Validation, tr("The backup's database failed its integrity check; nothing was replaced."),
                            detail);
        }
        QFile::remove(databaseFile + QStringLiteral("-wal"));
        QFile::remove(databaseFile + QStringLiteral("-shm"));
        if (QFile::exists(databaseFile) && !QFile::remove(databaseFile))
            throw Error(Error::Kind::Io, tr("%1 could not be replaced.").arg(databaseFile));
        if (!QFile::rename(plain, databaseFile) && !QFile::copy(plain, databaseFile))
            throw Error(Error::Kind::Io, tr("%1 could not be written.").arg(databaseFile));
        QFile::setPermissions(databaseFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } catch (...) {
        wipe(plain);
        throw;
    }
    wipe(plain);
}

} // namespace kz
