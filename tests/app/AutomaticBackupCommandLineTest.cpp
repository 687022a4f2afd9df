// kindzicht-cli backup key create, backup --auto and restore --recovery-file / --recovery-code.
#include "../QtPrinters.h"
#include "CommandLineFixture.h"
#include "DemoCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace kz;

class AutomaticBackupCommandLineTest : public CommandLineFixture
{
protected:
    void SetUp() override
    {
        kz::test::copyDemo(demo());
        ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("backups"))));
        qputenv("KINDZICHT_BACKUP_PASSPHRASE", "lang genoeg wachtwoord");
    }
    void TearDown() override
    {
        qunsetenv("KINDZICHT_BACKUP_PASSPHRASE");
        qunsetenv("KINDZICHT_RECOVERY_CODE");
    }
    QString demo() const { return path(QStringLiteral("demo.db")); }
    Result as(const QString& user, const QStringList& words)
    {
        return run(QStringList{QStringLiteral("--database"), demo(), QStringLiteral("--user"), user} + words);
    }
    Result scheduler(const QStringList& words) // no --user, no password: as a systemd timer runs it
    {
        return run(QStringList{QStringLiteral("--database"), demo()} + words, QString());
    }
    QString recovery() const { return path(QStringLiteral("recovery.kzkey")); }
    QStringList keyCreate() const
    {
        return {QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("create"),
                QStringLiteral("--recovery-file"), recovery()};
    }
    QStringList autoBackup() const
    {
        return {QStringLiteral("backup"), QStringLiteral("--auto"), QStringLiteral("--folder"),
                path(QStringLiteral("backups"))};
    }
};

TEST_F(AutomaticBackupCommandLineTest, AKeyThenAScheduledBackupThenARestoreWithTheRecoveryFileOrCode)
{
    const Result refused = as(QStringLiteral("saskia"), keyCreate());
    EXPECT_EQ(refused.code, 1); // a manager is no beheerder
    EXPECT_FALSE(QFile::exists(recovery()));
    const Result noKeyYet = scheduler(autoBackup());
    EXPECT_EQ(noKeyYet.code, 1);
    EXPECT_TRUE(noKeyYet.err.contains(QStringLiteral("no backup key"))) << noKeyYet.err.toStdString();

    const Result made = as(QStringLiteral("beheer"), keyCreate());
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    EXPECT_TRUE(QFile::exists(recovery()));
    const QRegularExpression codeLine(QStringLiteral("^  ([0-9A-Z]{5}(-[0-9A-Z]{1,5}){10})$"),
                                      QRegularExpression::MultilineOption);
    const QRegularExpressionMatch code = codeLine.match(made.out);
    ASSERT_TRUE(code.hasMatch()) << made.out.toStdString();

    qunsetenv("KINDZICHT_BACKUP_PASSPHRASE"); // the scheduler knows no secret
    const Result backup = scheduler(autoBackup());
    ASSERT_EQ(backup.code, 0) << backup.err.toStdString();
    EXPECT_TRUE(backup.out.contains(QStringLiteral("1 kept"))) << backup.out.toStdString();
    const QStringList files = QDir(path(QStringLiteral("backups"))).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    const QString file = QDir(path(QStringLiteral("backups"))).filePath(files.first());

    const Result withoutKey =
        run({QStringLiteral("--database"), path(QStringLiteral("a.db")), QStringLiteral("restore"), file});
    EXPECT_EQ(withoutKey.code, 1); // no recovery file or code
    EXPECT_TRUE(withoutKey.err.contains(QStringLiteral("--recovery-file"))) << withoutKey.err.toStdString();
    qputenv("KINDZICHT_BACKUP_PASSPHRASE", "lang genoeg wachtwoord");
    const Result byFile =
        run({QStringLiteral("--database"), path(QStringLiteral("a.db")), QStringLiteral("restore"), file,
             QStringLiteral("--recovery-file"), recovery()});
    ASSERT_EQ(byFile.code, 0) << byFile.err.toStdString();
    qputenv("KINDZICHT_RECOVERY_CODE", code.captured(1).toUtf8());
    const Result byCode = run({QStringLiteral("--database"), path(QStringLiteral("b.db")),
                               QStringLiteral("restore"), file, QStringLiteral("--recovery-code")});
    ASSERT_EQ(byCode.code, 0) << byCode.err.toStdString();
    const Result list =
        run({QStringLiteral("--database"), path(QStringLiteral("b.db")), QStringLiteral("--user"),
             QStringLiteral("fatima"), QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("20 children")));
    qputenv("KINDZICHT_BACKUP_PASSPHRASE", "niet het goede wachtwoord");
    const Result wrong =
        run({QStringLiteral("--database"), path(QStringLiteral("c.db")), QStringLiteral("restore"), file,
             QStringLiteral("--recovery-file"), recovery()});
    EXPECT_EQ(wrong.code, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("passphrase"))) << wrong.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("c.db"))));
}

TEST_F(AutomaticBackupCommandLineTest, AMissingFolderAndWrongUsageAreToldApart)
{
    ASSERT_EQ(as(QStringLiteral("beheer"), keyCreate()).code, 0);
    const Result missing = scheduler({QStringLiteral("backup"), QStringLiteral("--auto"),
                                      QStringLiteral("--folder"), path(QStringLiteral("unplugged"))});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("not there"))) << missing.err.toStdString();
    const Result noFolder = scheduler({QStringLiteral("backup"), QStringLiteral("--auto")});
    EXPECT_EQ(noFolder.code, 1);
    EXPECT_TRUE(noFolder.err.contains(QStringLiteral("No backup folder"))) << noFolder.err.toStdString();
    EXPECT_EQ(scheduler({QStringLiteral("backup")}).code, 2);
    EXPECT_EQ(scheduler({QStringLiteral("backup"), QStringLiteral("--auto"), path(QStringLiteral("x"))}).code,
              2);
    EXPECT_EQ(as(QStringLiteral("beheer"),
                 {QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("create")})
                  .code,
              2);
    // "backup key" without "create" is bad usage, never a passphrase backup into a file named "key".
    const Result halfVerb = as(QStringLiteral("beheer"), {QStringLiteral("backup"), QStringLiteral("key")});
    EXPECT_EQ(halfVerb.code, 2);
    EXPECT_TRUE(halfVerb.err.contains(QStringLiteral("backup key create"))) << halfVerb.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("key")));
    const Result help = run(
        {QStringLiteral("help"), QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("create")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("recovery"))) << help.out.toStdString();
}
