// kindzicht-cli as a whole: help, version, exit codes, init, demo and generate.
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

class CommandLineTest : public CommandLineFixture
{
};

TEST_F(CommandLineTest, VersionAndHelp)
{
    const Result version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("Kindzicht 0.")));
    const Result help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("children list")));
}

TEST_F(CommandLineTest, BadUsageExitsWithTwo)
{
    EXPECT_EQ(run({}).code, 2);
    EXPECT_EQ(
        run({QStringLiteral("--database"), path(QStringLiteral("x.db")), QStringLiteral("frobnicate")}).code,
        2);
    EXPECT_EQ(run({QStringLiteral("--no-such-option")}).code, 2);
    const Result format = run({QStringLiteral("--database"), path(QStringLiteral("x.db")),
                               QStringLiteral("--user"), QStringLiteral("fatima"), QStringLiteral("children"),
                               QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(format.code, 2);
    EXPECT_TRUE(format.err.contains(QStringLiteral("xml")));
}

TEST_F(CommandLineTest, InitDemoAndChildrenList)
{
    const QString empty = path(QStringLiteral("empty.db"));
    const Result init = run({QStringLiteral("--database"), empty, QStringLiteral("init")});
    EXPECT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(QFile::exists(empty));

    const QString demo = path(QStringLiteral("demo.db"));
    const Result made = run({QStringLiteral("--database"), demo, QStringLiteral("demo")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("60 children")));
    // Never over an existing file.
    const Result again = run({QStringLiteral("--database"), demo, QStringLiteral("demo")});
    EXPECT_EQ(again.code, 1);
    EXPECT_EQ(again.err.count(QLatin1Char('\n')), 1); // one line

    const Result csv =
        run({QStringLiteral("--database"), demo, QStringLiteral("--user"), QStringLiteral("fatima"),
             QStringLiteral("children"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--group"), QStringLiteral("egeltjes")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 11); // header and ten children
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("Id,Name,Birth date")));
    for (const QString& line : lines.mid(1))
        EXPECT_TRUE(line.contains(QStringLiteral(",Egeltjes,"))) << line.toStdString();

    const Result text = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                             QStringLiteral("joost"), QStringLiteral("children"), QStringLiteral("list")});
    ASSERT_EQ(text.code, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Duinroosjes")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("Dolfijnen")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("26 children")));

    // The admin without a manager role sees no children.
    const Result admin = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                              QStringLiteral("beheer"), QStringLiteral("children"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(admin.code, 0);
    EXPECT_EQ(admin.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1);
}

TEST_F(CommandLineTest, RefusedRequestsExitWithOneAndOneLine)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QStringList list = {QStringLiteral("--database"), demo,
                              QStringLiteral("--user"),     QStringLiteral("fatima"),
                              QStringLiteral("children"),   QStringLiteral("list")};
    const Result wrong = run(list, QStringLiteral("not the password"));
    EXPECT_EQ(wrong.code, 1);
    EXPECT_EQ(wrong.err.trimmed(), QStringLiteral("The user name or password is not right."));
    const Result none = run(list, QString());
    EXPECT_EQ(none.code, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("KINDZICHT_PASSWORD")));
    const Result otherGroup = run(list + QStringList{QStringLiteral("--group"), QStringLiteral("Meeuwen")});
    EXPECT_EQ(otherGroup.code, 1);
    const Result missing =
        run({QStringLiteral("--database"), path(QStringLiteral("nothing.db")), QStringLiteral("--user"),
             QStringLiteral("fatima"), QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("nothing.db"))));
    const Result noUser =
        run({QStringLiteral("--database"), demo, QStringLiteral("children"), QStringLiteral("list")});
    EXPECT_EQ(noUser.code, 2);
}

TEST_F(CommandLineTest, GenerateWritesALargeConsistentOrganisation)
{
    const QString file = path(QStringLiteral("synthetic.db"));
    const Result made = run({QStringLiteral("--database"), file, QStringLiteral("generate"),
                             QStringLiteral("--locations"), QStringLiteral("2"), QStringLiteral("--children"),
                             QStringLiteral("50"), QStringLiteral("--observations"), QStringLiteral("500")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("50 children")));
    const Result list = run({QStringLiteral("--database"), file, QStringLiteral("--user"),
                             QStringLiteral("manager1"), QStringLiteral("children"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    // Children go round the 16 groups; the first location has groups 1-8: 26 of the 50, and a header.
    EXPECT_EQ(list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 27);
    EXPECT_EQ(run({QStringLiteral("--database"), file, QStringLiteral("generate")}).code,
              1); // never over a file
    EXPECT_EQ(run({QStringLiteral("--database"), path(QStringLiteral("x.db")), QStringLiteral("generate"),
                   QStringLiteral("--children"), QStringLiteral("many")})
                  .code,
              2);
}

TEST_F(CommandLineTest, InitWithAFirstAdministrator)
{
    const QString file = path(QStringLiteral("new.db"));
    const Result weak = run({QStringLiteral("--database"), file, QStringLiteral("init"),
                             QStringLiteral("--admin"), QStringLiteral("beheer")},
                            QStringLiteral("kort"));
    EXPECT_EQ(weak.code, 1); // the password is too weak; the database exists, without accounts
    const Result made = run({QStringLiteral("--database"), file, QStringLiteral("init"),
                             QStringLiteral("--admin"), QStringLiteral("beheer")},
                            QStringLiteral("sterk-genoeg-42"));
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const Result again = run({QStringLiteral("--database"), file, QStringLiteral("init"),
                              QStringLiteral("--admin"), QStringLiteral("tweede")},
                             QStringLiteral("sterk-genoeg-42"));
    EXPECT_EQ(again.code, 1); // only the first
    const Result list = run({QStringLiteral("--database"), file, QStringLiteral("--user"),
                             QStringLiteral("beheer"), QStringLiteral("children"), QStringLiteral("list")},
                            QStringLiteral("sterk-genoeg-42"));
    EXPECT_EQ(list.code, 0) << list.err.toStdString();
}

TEST_F(CommandLineTest, TheHelpSpeaksTheLanguageAskedFor)
{
    const Result dutch = run({QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("help"),
                              QStringLiteral("report"), QStringLiteral("groups")});
    ASSERT_EQ(dutch.code, 0);
    EXPECT_TRUE(dutch.out.contains(QStringLiteral("Opties:"))) << dutch.out.toStdString();
    const Result english = run({QStringLiteral("help"), QStringLiteral("report"), QStringLiteral("groups")});
    EXPECT_TRUE(english.out.contains(QStringLiteral("Options:"))) << english.out.toStdString();
}

TEST_F(CommandLineTest, EachVerbHasItsOwnHelp)
{
    const Result overview = run({QStringLiteral("--help")});
    ASSERT_EQ(overview.code, 0);
    EXPECT_TRUE(overview.out.contains(QStringLiteral("partners import FILE")));
    EXPECT_TRUE(
        overview.out.contains(QStringLiteral("Replace the database with a backup, after checking it.")));
    EXPECT_TRUE(overview.out.contains(QStringLiteral("kindzicht-cli help COMMAND")));
    const QList<QStringList> verbs = {
        {QStringLiteral("init")},
        {QStringLiteral("demo")},
        {QStringLiteral("generate")},
        {QStringLiteral("backup")},
        {QStringLiteral("restore")},
        {QStringLiteral("report"), QStringLiteral("groups")},
        {QStringLiteral("partners"), QStringLiteral("import")},
        {QStringLiteral("children"), QStringLiteral("list")},
        {QStringLiteral("users")},
    };
    for (const QStringList& verb : verbs) {
        const Result viaHelp = run(QStringList{QStringLiteral("help")} + verb);
        EXPECT_EQ(viaHelp.code, 0) << verb.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(
            viaHelp.out.startsWith(QStringLiteral("Usage: kindzicht-cli [--database FILE] [--user NAME] ") +
                                   verb.join(QLatin1Char(' '))))
            << viaHelp.out.toStdString();
        EXPECT_TRUE(viaHelp.out.contains(QStringLiteral("--database FILE"))) << viaHelp.out.toStdString();
        const Result viaOption = run(verb + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(viaOption.code, 0);
        EXPECT_EQ(viaOption.out, viaHelp.out);
    }
    // A verb's help names its own options, not another verb's.
    const Result report = run({QStringLiteral("help"), QStringLiteral("report"), QStringLiteral("groups")});
    EXPECT_TRUE(report.out.contains(QStringLiteral("text, csv or pdf"))) << report.out.toStdString();
    EXPECT_FALSE(report.out.contains(QStringLiteral("--allow-narrowing")));
    const Result import =
        run({QStringLiteral("partners"), QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_TRUE(import.out.contains(QStringLiteral("--allow-narrowing")));
    EXPECT_FALSE(import.out.contains(QStringLiteral("--vcard-version")));
    const Result users = run({QStringLiteral("help"), QStringLiteral("users"), QStringLiteral("add")});
    EXPECT_TRUE(users.out.contains(QStringLiteral("users reset-password NAME")));
    EXPECT_TRUE(users.out.contains(QStringLiteral("--role ROLES")));
    // A first word shared by several verbs shows each of them.
    const Result partners = run({QStringLiteral("help"), QStringLiteral("partners")});
    EXPECT_EQ(partners.code, 0);
    EXPECT_TRUE(partners.out.contains(QStringLiteral("partners import FILE")));
    EXPECT_TRUE(partners.out.contains(QStringLiteral("partners export --format")));
}

TEST_F(CommandLineTest, AnUnknownVerbIsBadUsageAndTouchesNothing)
{
    const QString file = path(QStringLiteral("x.db"));
    const Result unknown = run({QStringLiteral("--database"), file, QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_EQ(unknown.err.trimmed(), QStringLiteral("Unknown command \"frobnicate\"; see --help."));
    const Result help = run({QStringLiteral("help"), QStringLiteral("frobnicate")});
    EXPECT_EQ(help.code, 2);
    EXPECT_EQ(help.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(help.out.isEmpty());
    EXPECT_EQ(run({QStringLiteral("frobnicate"), QStringLiteral("--help")}).code, 2);
    const Result partners =
        run({QStringLiteral("--database"), file, QStringLiteral("partners"), QStringLiteral("frobnicate")});
    EXPECT_EQ(partners.code, 2);
    EXPECT_TRUE(partners.err.contains(QStringLiteral("partners import FILE"))) << partners.err.toStdString();
    const Result extra =
        run({QStringLiteral("--database"), file, QStringLiteral("demo"), QStringLiteral("now")});
    EXPECT_EQ(extra.code, 2);
    EXPECT_EQ(extra.err.trimmed(), QStringLiteral("Unknown command \"demo now\"; see --help."));
    EXPECT_FALSE(QFile::exists(file));
}
