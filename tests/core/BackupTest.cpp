#include "services/Backup.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "store/ObservationStore.h"

#include <QCryptographicHash>
#include <QFile>

using namespace kz;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

// Every row of every table, in order: equal dumps mean an identical database.
QByteArray dump(const Database& db)
{
    QByteArray all;
    SqlQuery tables(db,
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name"));
    tables.exec();
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& name : names) {
        // The restored database records its own restore: every other row must be as it was.
        SqlQuery rows(db,
                      QStringLiteral("SELECT * FROM ") + name +
                          (name == QLatin1String("audit_log") ? QStringLiteral(" WHERE action <> 'restore'")
                                                              : QString()));
        rows.exec();
        all += name.toUtf8() + '\n';
        while (rows.next())
            for (int i = 0; rows.value(i).isValid(); ++i)
                all += rows.value(i).toString().toUtf8() + '|';
    }
    return all;
}

Error::Kind restoreFails(const QString& backup, const QString& secret, const QString& target)
{
    try {
        Backup::restore(backup, secret, target);
    } catch (const Error& e) {
        return e.kind();
    }
    ADD_FAILURE() << "restore accepted";
    return Error::Kind::Database;
}

} // namespace

class BackupTest : public CoreFixture
{
protected:
    QString backupPath() const { return m_dir.filePath(QStringLiteral("kindzicht.backup")); }
    void SetUp() override
    {
        CoreFixture::SetUp();
        Observation o;
        o.childId = childA1;
        o.observedAt = Clock::nowUtc().addSecs(-30);
        o.body = QStringLiteral("Speelde café 🧸");
        o.domainIds = {domainId(QStringLiteral("language"))};
        ObservationStore(db()).create(practitionerA1, o);
    }
};

TEST_F(BackupTest, ARoundTripRestoresAnIdenticalDatabase)
{
    const QByteArray before = dump(db()); // the backup's own audit row comes after the snapshot
    Backup::create(db(), admin, backupPath(), passphrase);
    EXPECT_EQ(AuditLog::entries(db(), 1).first().action, QStringLiteral("backup"));
    // The backup holds no readable text of the database.
    QFile file(backupPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.contains("Testkind"));
    EXPECT_FALSE(bytes.contains("SQLite format"));
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());

    const QString restored = m_dir.filePath(QStringLiteral("restored.db"));
    Backup::restore(backupPath(), passphrase, restored);
    const Database copy = Database::open(restored);
    EXPECT_EQ(dump(copy), before);
    EXPECT_EQ(AuditLog::entries(copy, 1).first().action, QStringLiteral("restore"));
    EXPECT_EQ(ObservationStore(copy).search(practitionerA1, QStringLiteral("cafe")).size(), 1);
}

TEST_F(BackupTest, AWrongPassphraseATruncatedOrAlteredBackupIsRefusedAndNothingIsReplaced)
{
    Backup::create(db(), admin, backupPath(), passphrase);
    const QString target = m_dir.filePath(QStringLiteral("keep.db"));
    {
        const Database keep = Database::open(target);
    }
    QFile original(target);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256);
    original.close();

    try {
        Backup::restore(backupPath(), QStringLiteral("wrong passphrase!!"), target);
        FAIL() << "a wrong passphrase was accepted";
    } catch (const Error& e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("passphrase")));
    }

    QFile file(backupPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray full = file.readAll();
    file.close();
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.backup"));
    QFile cut(truncated);
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(full.left(full.size() - 100));
    cut.close();
    try {
        Backup::restore(truncated, passphrase, target);
        FAIL() << "a truncated backup was accepted";
    } catch (const Error& e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("incomplete"))) << e.userMessage().toStdString();
    }

    const QString altered = m_dir.filePath(QStringLiteral("altered.backup"));
    QByteArray changed = full;
    changed[changed.size() / 2] = static_cast<char>(changed[changed.size() / 2] ^ 0x01);
    QFile bad(altered);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(changed);
    bad.close();
    EXPECT_EQ(restoreFails(altered, passphrase, target), Error::Kind::Validation);
    EXPECT_EQ(restoreFails(databasePath(), passphrase, target), Error::Kind::Validation); // not a backup

    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256), before);
}

TEST_F(BackupTest, OnlyAdminsMakeBackupsWithALongEnoughPassphrase)
{
    EXPECT_THROW(Backup::create(db(), managerA, backupPath(), passphrase), Error);
    EXPECT_THROW(Backup::create(db(), practitionerA1, backupPath(), passphrase), Error);
    EXPECT_THROW(Backup::create(db(), admin, backupPath(), QStringLiteral("short")), Error);
    EXPECT_FALSE(QFile::exists(backupPath()));
}
