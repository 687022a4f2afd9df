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

// The report reads only the counts of the attention lists, and they are the lengths of the whole lists.
TEST_F(CommandLineTest, TheGroupReportCountsEveryChildOfTheAttentionLists)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const Result report = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                               QStringLiteral("saskia"), QStringLiteral("report"), QStringLiteral("groups")});
    ASSERT_EQ(report.code, 0) << report.err.toStdString();
    const Database db = Database::open(demo);
    const GroupNeeds all(
        db, Authenticator::login(db, QStringLiteral("saskia"), QString::fromLatin1(DemoDatabase::password)));
    ASSERT_FALSE(all.waitingReferrals().isEmpty());
    int longest = 0;
    for (const AttentionItem& item : all.waitingReferrals())
        longest = std::max(longest, item.days);
    const auto count = [](const QList<AttentionItem>& list) {
        return GroupNeeds::suppressed(int(list.size()));
    };
    EXPECT_TRUE(report.out.contains(QStringLiteral("Reviews overdue: ") + count(all.overdueReviews())));
    EXPECT_TRUE(report.out.contains(QStringLiteral("within 14 days: ") + count(all.parentsNotInformed())));
    EXPECT_TRUE(report.out.contains(QStringLiteral("Referrals waiting: %1 (longest %2 days)")
                                        .arg(count(all.waitingReferrals()))
                                        .arg(longest)))
        << report.out.toStdString();
    EXPECT_TRUE(report.out.contains(QStringLiteral("Escalations to level 3: ") + count(all.escalations())));
}

TEST_F(CommandLineTest, TheGroupReportHoldsAggregatesOnlyWithSmallCountsSuppressed)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const Result children = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                                 QStringLiteral("saskia"), QStringLiteral("children"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    const Result report = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                               QStringLiteral("saskia"), QStringLiteral("report"), QStringLiteral("groups")});
    ASSERT_EQ(report.code, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.contains(QStringLiteral("Dolfijnen")));
    EXPECT_FALSE(report.out.contains(QStringLiteral("Duinroosjes"))); // the other location
    EXPECT_TRUE(report.out.contains(QStringLiteral("<3")));
    // No child's name reaches the report.
    for (const QString& line : children.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        const QString name = line.section(QLatin1Char(','), 1, 1);
        EXPECT_FALSE(report.out.contains(name)) << name.toStdString();
    }
    // Counts of 1 and 2 never appear as such in the figures.
    const QString csvFile = path(QStringLiteral("report.csv"));
    ASSERT_EQ(run({QStringLiteral("--database"), demo, QStringLiteral("--user"), QStringLiteral("marco"),
                   QStringLiteral("report"), QStringLiteral("groups"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--output"), csvFile})
                  .code,
              0);
    QFile file(csvFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 8); // header and seven groups
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        for (qsizetype i = 2; i < cells.size(); ++i) {
            if (i != 3 && i != 5) { // capacity and share are not counts of children
                EXPECT_TRUE(cells[i] != QLatin1String("1") && cells[i] != QLatin1String("2"))
                    << line.toStdString();
            }
        }
    }
    const Result admin = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                              QStringLiteral("beheer"), QStringLiteral("report"), QStringLiteral("groups"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(admin.code, 0);
    EXPECT_EQ(admin.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1);
}

TEST_F(CommandLineTest, TheGroupReportAsPdfHasItsFiguresAndFontsAndNoNames)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    const QString pdf = path(QStringLiteral("report.pdf"));
    const Result made = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                             QStringLiteral("saskia"), QStringLiteral("report"), QStringLiteral("groups"),
                             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                             pdf, QStringLiteral("--language"), QStringLiteral("nl")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    installTranslations(QStringLiteral("en")); // the report's language must not leak into other tests

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("Signaleringen per groep")));
    EXPECT_TRUE(content.contains(QStringLiteral("Egeltjes")));
    EXPECT_TRUE(content.contains(QStringLiteral("<3")));
    const Result children = run({QStringLiteral("--database"), demo, QStringLiteral("--user"),
                                 QStringLiteral("saskia"), QStringLiteral("children"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    for (const QString& line : children.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        const QString family = line.section(QLatin1Char(','), 1, 1).section(QLatin1Char(' '), -1);
        EXPECT_FALSE(content.contains(line.section(QLatin1Char(','), 1, 1))) << family.toStdString();
    }
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    ASSERT_TRUE(fonts.waitForFinished(30000));
    const QStringList fontLines =
        QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(fontLines.size(), 2);
    for (const QString& line : fontLines.mid(2))
        EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << "font not embedded: " << line.toStdString();
    EXPECT_EQ(run({QStringLiteral("--database"), demo, QStringLiteral("--user"), QStringLiteral("saskia"),
                   QStringLiteral("report"), QStringLiteral("groups"), QStringLiteral("--format"),
                   QStringLiteral("pdf")})
                  .code,
              2); // a PDF needs --output
}

TEST_F(CommandLineTest, BackupAndRestoreOnTheCommandLine)
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

TEST_F(CommandLineTest, RetentionPurgeWithADryRunFirst)
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

TEST_F(CommandLineTest, InzageWritesJsonAndHtml)
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

TEST_F(CommandLineTest, APartnerImportThatDropsWijkenNeedsAllowNarrowing)
{
    const QString db = path(QStringLiteral("demo.db"));
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("demo")}).code, 0);
    const QStringList as = {QStringLiteral("--database"), db, QStringLiteral("--user"),
                            QStringLiteral("saskia")};
    // Kentalis serves Segbroek and Haagse Hout; the file keeps only Segbroek.
    const QString csv = path(QStringLiteral("smaller.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("naam;postcode;wijk\r\nKentalis;;Segbroek\r\n");
    file.close();
    const QStringList import = as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv};

    const Result dry = run(import + QStringList{QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("→ Segbroek (drops Haagse Hout)"))) << dry.out.toStdString();

    const Result refused = run(import);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("drops Haagse Hout"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--allow-narrowing"))) << refused.err.toStdString();
    EXPECT_TRUE(
        run(import + QStringList{QStringLiteral("--dry-run")}).out.contains(QStringLiteral("1 to update")))
        << "nothing was written";

    const Result allowed = run(import + QStringList{QStringLiteral("--allow-narrowing")});
    EXPECT_EQ(allowed.code, 0) << allowed.err.toStdString();
    EXPECT_TRUE(
        run(import + QStringList{QStringLiteral("--dry-run")}).out.contains(QStringLiteral("1 unchanged")));
}

TEST_F(CommandLineTest, PartnersExportAndImportBackWithADryRunFirst)
{
    const QString db = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(db);
    const QStringList as = {QStringLiteral("--database"), db, QStringLiteral("--user"),
                            QStringLiteral("saskia")};

    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("hsds"), QStringLiteral("vcard")}) {
        const QString file = path(QStringLiteral("kaart.") + format);
        const Result exported =
            run(as + QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                                 QStringLiteral("--format"), format, QStringLiteral("--output"), file});
        EXPECT_EQ(exported.code, 0) << exported.err.toStdString();
        EXPECT_TRUE(exported.out.contains(QStringLiteral("32 partners written")))
            << exported.out.toStdString();
        if (format == QLatin1String("vcard"))
            continue;
        const Result dry = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), file,
                                                QStringLiteral("--dry-run")});
        EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
        EXPECT_TRUE(dry.out.contains(QStringLiteral("0 to add, 0 to update, 32 unchanged, 0 rejected")))
            << dry.out.toStdString();
    }

    // A Dutch Excel file with one good and one bad row: the good one is written, exit code 1.
    const QString csv = path(QStringLiteral("nieuw.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("naam;categorie;wijk;e-mail\r\nTaalhuis Duinoord;Taal en lezen;Duinoord;taal@example.nl\r\n"
               "Fout;Taal en lezen;Duinoord;geen mail\r\n");
    file.close();
    const Result dry = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv,
                                            QStringLiteral("--dry-run")});
    EXPECT_TRUE(dry.out.contains(QStringLiteral("line 2: add Taalhuis Duinoord"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("line 3: rejected"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Nothing was written")));
    const Result real = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv});
    EXPECT_EQ(real.code, 1);
    const Result after = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv,
                                              QStringLiteral("--dry-run")});
    EXPECT_TRUE(after.out.contains(QStringLiteral("0 to add, 0 to update, 1 unchanged, 1 rejected")))
        << after.out.toStdString();

    // A practitioner reads the map but does not import; a wrong format is bad usage.
    const QStringList practitioner = {QStringLiteral("--database"), db, QStringLiteral("--user"),
                                      QStringLiteral("anouk")};
    EXPECT_EQ(run(practitioner + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv}).code,
              1);
    EXPECT_EQ(run(practitioner + QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                                             QStringLiteral("--format"), QStringLiteral("csv")})
                  .code,
              0);
    EXPECT_EQ(run(as + QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                                   QStringLiteral("--format"), QStringLiteral("pdf")})
                  .code,
              2);
}
