// Nothing on the computer that makes automatic backups opens them: every value in the database and
// every file beside it is tried as the backup key, and the key's secret appears nowhere but in the
// (encrypted) recovery file.
#include "AutomaticBackupFixture.h"
#include "Error.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "io/BackupReader.h"
#include "services/AutomaticBackup.h"
#include "services/BackupSecretKey.h"
#include "services/RecoveryCode.h"
#include "services/RecoveryFile.h"

#include <QDirIterator>
#include <QFile>

using namespace kz;

namespace {

// The header of a sealed backup: the file key sealed to the public key sits after the magic line
// and the key check.
QByteArray sealedKeyOf(const QString& backup)
{
    QFile file(backup);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(200);
    return head.mid(BackupReader::magicLength + BackupReader::keyCheckLength, 80);
}

bool opens(const QByteArray& candidate, const QByteArray& sealed)
{
    try {
        BackupSecretKey::fromBytes(candidate).openSealed(sealed);
        return true;
    } catch (const Error&) {
        return false;
    }
}

// A stored value read every way a key could be written down: raw, base64, hex, a recovery code.
bool anyReadingOpens(const QVariant& value, const QByteArray& sealed)
{
    const QByteArray raw = value.toByteArray();
    const QList<QByteArray> readings = {raw, QByteArray::fromBase64(raw), QByteArray::fromHex(raw)};
    for (const QByteArray& reading : readings)
        if (reading.size() >= BackupSecretKey::size && opens(reading.left(BackupSecretKey::size), sealed))
            return true;
    try {
        return opens(RecoveryCode::decode(value.toString()).secretBytes(), sealed);
    } catch (const Error&) {
        return false;
    }
}

// Every table, the engine's own included where it has them in the file (the search index's).
QStringList tables(const Database& db, bool onServer)
{
    if (onServer)
        return db.dialect().tableNames(db);
    SqlQuery q(db, QStringLiteral(
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    q.exec();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

class BackupSecrecyTest : public AutomaticBackupFixture
{
protected:
    // Every file of the server's cluster (tables, write-ahead log), read as root after a checkpoint.
    void expectNoSpellingIn(const QString& cluster, const QList<QByteArray>& spellings) const
    {
        SqlQuery::run(db(), QStringLiteral("CHECKPOINT"));
        int files = 0;
        QDirIterator it(cluster, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue; // a socket or the postmaster's lock
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray& spelling : spellings)
                EXPECT_FALSE(bytes.contains(spelling)) << file.fileName().toStdString();
        }
        EXPECT_GT(files, 100) << cluster.toStdString();
    }
};

TEST_F(BackupSecrecyTest, NoValueInTheDatabaseOpensAnAutomaticBackup)
{
    const QString backup = AutomaticBackup::run(db()).made.filePath();
    const QByteArray sealed = sealedKeyOf(backup);
    // The test itself can open it (so the attempts below would notice a key).
    ASSERT_TRUE(opens(RecoveryFile::read(recoveryFile(), passphrase).secretBytes(), sealed));

    int tried = 0;
    for (const QString& table : tables(db(), onServer())) {
        SqlQuery rows(db(), QStringLiteral("SELECT * FROM ") + table);
        rows.exec();
        while (rows.next())
            for (int column = 0; rows.value(column).isValid(); ++column, ++tried)
                EXPECT_FALSE(anyReadingOpens(rows.value(column), sealed))
                    << table.toStdString() << " " << column;
    }
    EXPECT_GT(tried, 100);
}

TEST_F(BackupSecrecyTest, NoFileOnTheComputerButTheRecoveryFileHoldsTheKey)
{
    const QString backup = AutomaticBackup::run(db()).made.filePath();
    const QByteArray sealed = sealedKeyOf(backup);
    const BackupSecretKey key = RecoveryFile::read(recoveryFile(), passphrase);
    const QByteArray secret = key.secretBytes();
    const QList<QByteArray> spellings = {secret, secret.toBase64(), secret.toHex(), secret.toHex().toUpper(),
                                         RecoveryCode::encode(key).toLatin1()};
    int files = 0;
    if (onServer()) // the server writes its pages out, then its files are read too (spellings only)
        expectNoSpellingIn(*m_socket, spellings);
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == recoveryFile())
            continue;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray& spelling : spellings)
            EXPECT_FALSE(bytes.contains(spelling)) << path.toStdString();
        // Every 32 bytes at every 32nd offset tried as the key itself.
        for (qsizetype at = 0; at + BackupSecretKey::size <= bytes.size(); at += 32)
            ASSERT_FALSE(opens(bytes.mid(at, BackupSecretKey::size), sealed))
                << path.toStdString() << " @" << at;
    }
    EXPECT_GE(files, onServer() ? 1 : 2); // the database (a file unless on a server) and the backup
    // And the recovery file itself is no key without its passphrase.
    const QByteArray recovery = [&] {
        QFile f(recoveryFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    for (const QByteArray& spelling : spellings)
        EXPECT_FALSE(recovery.contains(spelling));
}
