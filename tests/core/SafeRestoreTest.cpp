// Backup and restore leave no plaintext outside the database's folder, and restore replaces the
// database in one step, only while nobody else has it open, and says so in the restored trail.
#include "CopyFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "services/Backup.h"
#include "store/UserStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace kz;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

QStringList everythingIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class SafeRestoreTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(QDir().mkpath(usb()));
    }
    QString usb() const { return m_dir.filePath(QStringLiteral("usb")); }
    QString backupPath() const { return usb() + QStringLiteral("/kindzicht.kzb"); }
    // Where plaintext working copies may be made: beside the database file, and for a server in
    // this computer's application folder. Neither may keep one.
    void expectNoWorkingCopyLeft() const
    {
        for (const QString& name : everythingIn(m_dir.path()))
            EXPECT_FALSE(name.startsWith(QStringLiteral(".kindzicht"))) << name.toStdString();
        // The application folder is shared with tests running beside this one: only this
        // process's working copies (named with its pid) are its own.
        const QString ours = QStringLiteral(".kindzicht-scratch-%1-").arg(QCoreApplication::applicationPid());
        for (const QString& name : everythingIn(QFileInfo(Database::defaultPath()).absolutePath()))
            EXPECT_FALSE(name.startsWith(ours)) << name.toStdString();
    }
};

TEST_F(SafeRestoreTest, TheBackupTargetReceivesTheEncryptedFileOnlyAndNoWorkingCopyStays)
{
    Backup::create(db(), admin, backupPath(), passphrase);
    EXPECT_EQ(everythingIn(usb()), QStringList{QStringLiteral("kindzicht.kzb")});
    expectNoWorkingCopyLeft();
}

TEST_F(SafeRestoreTest, ABackupNeverOverwritesTheDatabase)
{
    if (onServer())
        GTEST_SKIP() << "A server's database is no file on this computer that a backup could overwrite.";
    EXPECT_THROW(Backup::create(db(), admin, databasePath(), passphrase), Error);
    EXPECT_GT(countRows(QStringLiteral("children")), 0);
}

TEST_F(SafeRestoreTest, RestoreRefusesWhileAnotherConnectionHasTheDatabaseOpen)
{
    if (onServer())
        GTEST_SKIP() << "A server's database is never replaced, open or not: "
                        "ADatabaseOnTheServerIsNeverReplacedByABackup.";
    Backup::create(db(), admin, backupPath(), passphrase);
    Database own = Database::open(databasePath());
    try {
        Backup::restore(std::move(own), admin, backupPath(), passphrase);
        FAIL() << "restored under an open connection";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("open"))) << e.userMessage().toStdString();
    }
    // The fixture's connection still works on the very same file, and nothing plaintext is left.
    EXPECT_GT(countRows(QStringLiteral("children")), 0);
    for (const QString& name : everythingIn(m_dir.path()))
        EXPECT_FALSE(name.startsWith(QStringLiteral(".kindzicht"))) << name.toStdString();
}

TEST_F(SafeRestoreTest, RestoreIsForAdminsAndARefusalIsAudited)
{
    Backup::create(db(), admin, backupPath(), passphrase);
    Database second = Database::open(databaseLocation());
    EXPECT_THROW(Backup::restore(std::move(second), managerA, backupPath(), passphrase), Error);
    const AuditEntry last = AuditLog::entries(db(), 1).first();
    EXPECT_EQ(last.action, QStringLiteral("refused"));
    EXPECT_EQ(last.entity, QStringLiteral("restore"));
    EXPECT_EQ(last.userId, std::optional<qint64>(managerA.userId));
}

TEST_F(SafeRestoreTest, RestoreReplacesTheDatabaseInOneStepAndAuditsItInTheRestoredFile)
{
    if (onServer())
        GTEST_SKIP() << "A server's database is never replaced: ADatabaseOnTheServerIsNeverReplacedByABackup "
                        "and ABackupRestoresIntoAnEmptyServerDatabaseOnly.";
    Backup::create(db(), admin, backupPath(), passphrase);
    const int children = countRows(QStringLiteral("children"));
    m_db.reset(); // the desktop application is closed
    Backup::restore(Database::open(databasePath()), admin, backupPath(), passphrase);

    const Database restored = Database::open(databasePath());
    EXPECT_EQ(QFileInfo(databasePath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    SqlQuery q(restored, QStringLiteral("SELECT COUNT(*) FROM children"));
    EXPECT_EQ(q.scalar()->toInt(), children);
    const AuditEntry last = AuditLog::entries(restored, 1).first();
    EXPECT_EQ(last.action, QStringLiteral("restore"));
    EXPECT_EQ(last.detail, QStringLiteral("kindzicht.kzb"));
    EXPECT_EQ(last.userId, std::optional<qint64>(admin.userId));
    expectNoWorkingCopyLeft();
}

TEST_F(SafeRestoreTest, AFailingDiskIsToldApartFromADamagedBackup)
{
    Backup::create(db(), admin, backupPath(), passphrase);
    // A read that fails (EIO) is the disk, not the backup.
    try {
        Backup::restore(QStringLiteral("/proc/self/mem"), passphrase,
                        m_dir.filePath(QStringLiteral("new.db")));
        FAIL() << "read an unreadable backup";
    } catch (const Error& e) {
        EXPECT_FALSE(e.userMessage().contains(QStringLiteral("integrity"))) << e.userMessage().toStdString();
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("disk failed"))) << e.userMessage().toStdString();
    }

    QFile file(backupPath());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write("garbage");
    file.close();
    try {
        Backup::restore(backupPath(), passphrase, m_dir.filePath(QStringLiteral("new.db")));
        FAIL() << "restored a damaged backup";
    } catch (const Error& e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("damaged"))) << e.userMessage().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("new.db"))));
}

TEST_F(SafeRestoreTest, RestoringIntoANewFileIsForAdminsAndARefusalIsAudited)
{
    Backup::create(db(), admin, backupPath(), passphrase);
    const QString target = m_dir.filePath(QStringLiteral("new.db"));
    try {
        Backup::restoreToNewFile(db(), managerA, backupPath(), passphrase, target);
        FAIL() << "a manager restored a backup";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
    }
    EXPECT_FALSE(QFileInfo::exists(target));
    const AuditEntry last = AuditLog::entries(db(), 1).first();
    EXPECT_EQ(last.action, QStringLiteral("refused"));
    EXPECT_EQ(last.entity, QStringLiteral("restore"));
    EXPECT_EQ(last.userId, std::optional<qint64>(managerA.userId));
}

TEST_F(SafeRestoreTest, RestoringIntoANewFileIsAuditedInTheOpenDatabaseAndNeverOverAFile)
{
    Backup::create(db(), admin, backupPath(), passphrase);
    const QString target = m_dir.filePath(QStringLiteral("new.db"));
    Backup::restoreToNewFile(db(), admin, backupPath(), passphrase, target);
    const AuditEntry last = AuditLog::entries(db(), 1).first();
    EXPECT_EQ(last.action, QStringLiteral("restore"));
    EXPECT_EQ(last.entity, QStringLiteral("database"));
    EXPECT_EQ(last.detail, QStringLiteral("new.db"));
    EXPECT_EQ(last.userId, std::optional<qint64>(admin.userId));
    const Database restored = Database::open(target);
    SqlQuery q(restored, QStringLiteral("SELECT COUNT(*) FROM children"));
    EXPECT_EQ(q.scalar()->toInt(), countRows(QStringLiteral("children")));

    try {
        // Over the open database file; a server's database is no file, so over the file just made.
        Backup::restoreToNewFile(db(), admin, backupPath(), passphrase, onServer() ? target : databasePath());
        FAIL() << "restored over the open database";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
    }
    EXPECT_GT(countRows(QStringLiteral("children")), 0);
}

TEST_F(SafeRestoreTest, ADatabaseOnTheServerIsNeverReplacedByABackup)
{
    if (!onServer())
        GTEST_SKIP() << "A file is replaced while nobody has it open: "
                        "RestoreReplacesTheDatabaseInOneStepAndAuditsItInTheRestoredFile.";
    Backup::create(db(), admin, backupPath(), passphrase);
    const int children = countRows(QStringLiteral("children"));
    try {
        Backup::restore(Database::open(databaseLocation()), admin, backupPath(), passphrase);
        FAIL() << "a server's database was replaced";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Validation);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("empty database on the server")))
            << e.userMessage().toStdString();
    }
    EXPECT_EQ(countRows(QStringLiteral("children")), children);
    try {
        Backup::restoreIntoServer(db(), backupPath(), passphrase);
        FAIL() << "a backup was restored into a server database in use";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
    }
    EXPECT_EQ(countRows(QStringLiteral("children")), children);
    expectNoWorkingCopyLeft();
}

TEST_F(SafeRestoreTest, ABackupRestoresIntoAnEmptyServerDatabaseOnly)
{
    KZ_REQUIRE_POSTGRES(socket);
    const test::TableDump before = test::dumpTables(db());
    Backup::create(db(), admin, backupPath(), passphrase);
    const test::ScratchPostgresDatabase empty(*socket);
    ASSERT_TRUE(empty.created());
    {
        const Database server = Database::open(test::serverAddress(*socket, empty.name()));
        Backup::restoreIntoServer(server, backupPath(), passphrase);
        test::expectSameTables(before, test::dumpTables(server, {QStringLiteral("restore")}));
        const AuditEntry last = AuditLog::entries(server, 1).first();
        EXPECT_EQ(last.action, QStringLiteral("restore"));
        EXPECT_EQ(last.detail, QStringLiteral("kindzicht.kzb"));
        try {
            Backup::restoreIntoServer(server, backupPath(), passphrase); // it holds data now
            FAIL() << "restored over a server database that holds data";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Conflict);
            EXPECT_TRUE(e.userMessage().contains(QStringLiteral("holds data already")));
        }
    }
    expectNoWorkingCopyLeft();
}
