// kindzicht-cli copy --from A --to B.
#include "../QtPrinters.h"
#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "ThrowawayPostgres.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace kz;

class CopyCommandLineTest : public CommandLineFixture
{
protected:
    Result copy(const QString& from, const QString& to, const QString& user = QStringLiteral("beheer"))
    {
        return run({QStringLiteral("--user"), user, QStringLiteral("copy"), QStringLiteral("--from"), from,
                    QStringLiteral("--to"), to});
    }
};

TEST_F(CopyCommandLineTest, ACopyIntoANewFileHoldsEverythingAndSaysWhatItCopied)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QString copied = path(QStringLiteral("copied.db"));
    const Result done = copy(demo, copied);
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Copied"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("2 locations, 62 children"))) << done.out.toStdString();
    const Result list = run({QStringLiteral("--database"), copied, QStringLiteral("--user"),
                             QStringLiteral("fatima"), QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("20 children"))) << list.out.toStdString();
}

TEST_F(CopyCommandLineTest, TheSameAccountsTwiceAreRefusedAndNothingIsWritten)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QString copied = path(QStringLiteral("copied.db"));
    ASSERT_EQ(copy(demo, copied).code, 0);
    const qint64 size = QFileInfo(copied).size();
    qputenv("KINDZICHT_TO_PASSWORD", kz::DemoDatabase::password);
    const Result again = run({QStringLiteral("--user"), QStringLiteral("beheer"), QStringLiteral("copy"),
                              QStringLiteral("--from"), demo, QStringLiteral("--to"), copied,
                              QStringLiteral("--to-user"), QStringLiteral("beheer")});
    qunsetenv("KINDZICHT_TO_PASSWORD");
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("beheer"))) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("nothing was copied"))) << again.err.toStdString();
    const Result list = run({QStringLiteral("--database"), copied, QStringLiteral("--user"),
                             QStringLiteral("fatima"), QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("20 children"))) << list.out.toStdString();
    EXPECT_GT(size, 0);
}

TEST_F(CopyCommandLineTest, AnotherOrganisationsLocationsAreAddedByAnAdministratorOfEach)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QString together = path(QStringLiteral("together.db"));
    ASSERT_EQ(copy(demo, together).code, 0);
    const QString other = path(QStringLiteral("other.db"));
    ASSERT_EQ(run({QStringLiteral("--database"), other, QStringLiteral("generate"),
                   QStringLiteral("--locations"), QStringLiteral("2"), QStringLiteral("--children"),
                   QStringLiteral("30"), QStringLiteral("--observations"), QStringLiteral("90")})
                  .code,
              0);
    const QStringList add = {QStringLiteral("--user"),
                             QStringLiteral("admin"),
                             QStringLiteral("copy"),
                             QStringLiteral("--from"),
                             other,
                             QStringLiteral("--to"),
                             together};
    const Result withoutTarget = run(add);
    EXPECT_EQ(withoutTarget.code, 1);
    EXPECT_TRUE(withoutTarget.err.contains(QStringLiteral("--to-user"))) << withoutTarget.err.toStdString();

    qputenv("KINDZICHT_TO_PASSWORD", kz::DemoDatabase::password);
    const Result added = run(add + QStringList{QStringLiteral("--to-user"), QStringLiteral("beheer")});
    qunsetenv("KINDZICHT_TO_PASSWORD");
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("Added"))) << added.out.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("2 locations, 30 children, 90 observations")))
        << added.out.toStdString();
    // The demo's manager still sees her location; the added organisation's director sees its own.
    const Result fatima = run({QStringLiteral("--database"), together, QStringLiteral("--user"),
                               QStringLiteral("fatima"), QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_TRUE(fatima.out.contains(QStringLiteral("20 children"))) << fatima.out.toStdString();
    const Result directie =
        run({QStringLiteral("--database"), together, QStringLiteral("--user"), QStringLiteral("directie"),
             QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_TRUE(directie.out.contains(QStringLiteral("30 children"))) << directie.out.toStdString();
}

TEST_F(CopyCommandLineTest, OnlyAnAdministratorCopiesAndBadUsageSaysHow)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QString copied = path(QStringLiteral("copied.db"));
    const Result manager = copy(demo, copied, QStringLiteral("saskia"));
    EXPECT_EQ(manager.code, 1);
    EXPECT_FALSE(QFileInfo::exists(copied)); // nothing half-made
    const Result missing = copy(path(QStringLiteral("nowhere.db")), copied);
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no database"))) << missing.err.toStdString();
    const Result usage = run({QStringLiteral("--user"), QStringLiteral("beheer"), QStringLiteral("copy"),
                              QStringLiteral("--from"), demo});
    EXPECT_EQ(usage.code, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("copy --from A --to B"))) << usage.err.toStdString();
}

TEST_F(CopyCommandLineTest, AFileToTheServerAndBackAndTheServersBackupRestoredIntoAnEmptyDatabase)
{
    KZ_REQUIRE_POSTGRES(socket);
    const kz::test::ScratchPostgresDatabase first(*socket);
    const kz::test::ScratchPostgresDatabase second(*socket);
    ASSERT_TRUE(first.created() && second.created());
    auto address = [&](const QString& name) {
        return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(name, *socket);
    };
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);

    const Result there = copy(demo, address(first.name()));
    ASSERT_EQ(there.code, 0) << there.err.toStdString();
    EXPECT_TRUE(there.out.contains(QStringLiteral("2 locations, 62 children"))) << there.out.toStdString();
    const Result back = copy(address(first.name()), path(QStringLiteral("back.db")));
    ASSERT_EQ(back.code, 0) << back.err.toStdString();
    const Result list =
        run({QStringLiteral("--database"), path(QStringLiteral("back.db")), QStringLiteral("--user"),
             QStringLiteral("fatima"), QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("20 children"))) << list.out.toStdString();

    qputenv("KINDZICHT_BACKUP_PASSPHRASE", "lang genoeg wachtwoord");
    const QString backup = path(QStringLiteral("server.kzb"));
    const Result made = run({QStringLiteral("--database"), address(first.name()), QStringLiteral("--user"),
                             QStringLiteral("beheer"), QStringLiteral("backup"), backup});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const Result overInUse =
        run({QStringLiteral("--database"), address(first.name()), QStringLiteral("--user"),
             QStringLiteral("beheer"), QStringLiteral("restore"), backup});
    EXPECT_EQ(overInUse.code, 1);
    EXPECT_TRUE(overInUse.err.contains(QStringLiteral("empty database"))) << overInUse.err.toStdString();
    const Result restored =
        run({QStringLiteral("--database"), address(second.name()), QStringLiteral("restore"), backup});
    EXPECT_EQ(restored.code, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("postgresql://"))) << restored.out.toStdString();
    const Result again = copy(address(second.name()), path(QStringLiteral("again.db")));
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("2 locations, 62 children"))) << again.out.toStdString();
    qunsetenv("KINDZICHT_BACKUP_PASSPHRASE");
}
