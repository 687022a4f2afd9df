#include "services/Backup.h"

#include "Clock.h"
#include "CopyFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "store/ObservationStore.h"

#include <QCryptographicHash>
#include <QFile>

using namespace kz;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

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
        if (IsSkipped() || HasFatalFailure())
            return;
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
    // The backup's own audit row comes after the snapshot; a server's is taken in one consistent read.
    const test::TableDump before = test::dumpTables(db());
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
    // The restored database records its own restore: every other row must be as it was.
    test::expectSameTables(before, test::dumpTables(copy, {QStringLiteral("restore")}));
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
    // Not a backup: the database file itself, or on a server any other file.
    const QString notABackup = onServer() ? m_dir.filePath(QStringLiteral("notes.txt")) : databasePath();
    if (onServer()) {
        QFile notes(notABackup);
        ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray("SQLite format 3").repeated(100));
    }
    EXPECT_EQ(restoreFails(notABackup, passphrase, target), Error::Kind::Validation);

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
