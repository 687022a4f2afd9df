// kindzicht-cli backup, restore, retention purge and inzage.
#include "../QtPrinters.h"
#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "db/Database.h"
#include "demo/DemoDatabase.h"
#include "i18n/Translations.h"
#include "services/Authenticator.h"
#include "services/GroupNeeds.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace kz;

class MaintenanceCommandLineTest : public CommandLineFixture
{
};

TEST_F(MaintenanceCommandLineTest, BackupAndRestoreOnTheCommandLine)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QString backup = path(QStringLiteral("demo.kzbackup"));
    qputenv("KINDZICHT_BACKUP_PASSPHRASE", "lang genoeg wachtwoord");
    const Result refused = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                                QStringLiteral("saskia"), QStringLiteral("backup"), backup});
    EXPECT_EQ(refused.code, 1); // a manager is no admin
    const Result made = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                             QStringLiteral("beheer"), QStringLiteral("backup"), backup});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QString fresh = path(QStringLiteral("fresh.db"));
    const Result restored = run({QStringLiteral("--database"), fresh, QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    const Result list = run({QStringLiteral("--database"), fresh, QStringLiteral("--user"),
                             QStringLiteral("fatima"), QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("20 children")));
    qputenv("KINDZICHT_BACKUP_PASSPHRASE", "niet het goede wachtwoord");
    const Result wrong = run({QStringLiteral("--database"), fresh, QStringLiteral("--user"),
                              QStringLiteral("beheer"), QStringLiteral("restore"), backup});
    EXPECT_EQ(wrong.code, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("passphrase")));
    qunsetenv("KINDZICHT_BACKUP_PASSPHRASE");
}

TEST_F(MaintenanceCommandLineTest, RetentionPurgeWithADryRunFirst)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QStringList purge = {QStringLiteral("--database"), demo,
                               QStringLiteral("--user"),     QStringLiteral("beheer"),
                               QStringLiteral("retention"),  QStringLiteral("purge")};
    const Result dry = run(purge + QStringList{QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("nothing was changed")));
    const Result done = run(purge);
    EXPECT_EQ(done.code, 0);
    EXPECT_TRUE(done.out.contains(QStringLiteral("removed")));
    EXPECT_EQ(run({QStringLiteral("--database"), demo, QStringLiteral("--user"), QStringLiteral("saskia"),
                   QStringLiteral("retention"), QStringLiteral("purge")})
                  .code,
              1); // managers do not purge
}

TEST_F(MaintenanceCommandLineTest, InzageWritesJsonAndHtml)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const Result done = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                             QStringLiteral("saskia"), QStringLiteral("inzage"), QStringLiteral("1"),
                             QStringLiteral("--output"), path(QStringLiteral("out"))});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("out/inzage-1.json"))));
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("out/inzage-1.html"))));
    EXPECT_EQ(run({QStringLiteral("--database"), demo, QStringLiteral("--user"), QStringLiteral("fatima"),
                   QStringLiteral("inzage"), QStringLiteral("1"), QStringLiteral("--output"),
                   path(QStringLiteral("out2"))})
                  .code,
              1);
    EXPECT_EQ(run({QStringLiteral("--database"), demo, QStringLiteral("--user"), QStringLiteral("saskia"),
                   QStringLiteral("inzage"), QStringLiteral("anna")})
                  .code,
              2);
}
