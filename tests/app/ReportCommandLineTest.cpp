// kindzicht-cli report groups: aggregates only, small counts suppressed, as text, CSV and PDF.
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

class ReportCommandLineTest : public CommandLineFixture
{
};

// The report reads only the counts of the attention lists, and they are the lengths of the whole lists.
TEST_F(ReportCommandLineTest, TheGroupReportCountsEveryChildOfTheAttentionLists)
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

TEST_F(ReportCommandLineTest, TheGroupReportHoldsAggregatesOnlyWithSmallCountsSuppressed)
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

TEST_F(ReportCommandLineTest, TheGroupReportAsPdfHasItsFiguresAndFontsAndNoNames)
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
