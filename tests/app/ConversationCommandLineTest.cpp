#include "Clock.h"
#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace kz;

// conversation add and parent-summary, on a copy of the demo, as Saskia (manager of De Vlinderhof).
class ConversationCommandLineTest : public CommandLineFixture
{
protected:
    void SetUp() override
    {
        demo = path(QStringLiteral("demo.db"));
        kz::test::copyDemo(demo);
        const Database db = Database::open(demo);
        // A child of De Vlinderhof waiting for a speech therapist: something to work on and someone to help.
        SqlQuery q(db,
                   QStringLiteral("SELECT n.child_id FROM referrals r JOIN support_needs n ON n.id = "
                                  "r.need_id JOIN children c ON c.id = n.child_id JOIN groups g ON g.id = "
                                  "c.group_id WHERE g.location_id = 1 AND r.status = 'waiting' ORDER BY "
                                  "n.child_id LIMIT 1"));
        child = q.scalar().value().toString();
    }
    Result cli(const QStringList& arguments, const QString& user = QStringLiteral("saskia"))
    {
        return run(QStringList{QStringLiteral("--database"), demo, QStringLiteral("--user"), user} +
                   arguments);
    }
    int count(const QString& sql) const
    {
        const Database db = Database::open(demo);
        SqlQuery q(db, sql);
        return q.scalar().value().toInt();
    }

    QString demo;
    QString child;
};

TEST_F(ConversationCommandLineTest, AConversationIsRecordedWithItsInterpreter)
{
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM parent_conversations"));
    const QString today = Clock::today().toString(Qt::ISODate);
    const Result added = cli(
        {QStringLiteral("conversation"), QStringLiteral("add"), child, QStringLiteral("--date"), today,
         QStringLiteral("--participants"), QStringLiteral("moeder, Saskia, tolk"),
         QStringLiteral("--held-in"), QStringLiteral("Nederlands"), QStringLiteral("--interpreter"),
         QStringLiteral("Tigrinya"), QStringLiteral("--discussed"), QStringLiteral("Hoe het praten gaat."),
         QStringLiteral("--agreed"), QStringLiteral("Samen voorlezen."), QStringLiteral("--next"),
         Clock::today().addDays(30).toString(Qt::ISODate)});
    EXPECT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM parent_conversations")), before + 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM parent_conversations WHERE interpreter_language = "
                                   "'Tigrinya' AND child_id = ") +
                    child),
              1);
}

TEST_F(ConversationCommandLineTest, MissingOrWrongInputIsBadUsageOrRefused)
{
    const QStringList base{QStringLiteral("conversation"), QStringLiteral("add"), child,
                           QStringLiteral("--participants"), QStringLiteral("moeder")};
    const Result noTopic = cli(base + QStringList{QStringLiteral("--held-in"), QStringLiteral("Nederlands")});
    EXPECT_EQ(noTopic.code, 2);
    EXPECT_TRUE(noTopic.err.contains(QStringLiteral("--discussed")));
    const Result noLanguage = cli(base + QStringList{QStringLiteral("--discussed"), QStringLiteral("x")});
    EXPECT_EQ(noLanguage.code, 2);
    // --language nl stands for a conversation in Dutch.
    EXPECT_EQ(cli(QStringList{QStringLiteral("--language"), QStringLiteral("nl")} + base +
                  QStringList{QStringLiteral("--discussed"), QStringLiteral("x")})
                  .code,
              0);
    const Result future =
        cli(base + QStringList{QStringLiteral("--held-in"), QStringLiteral("Nederlands"),
                               QStringLiteral("--discussed"), QStringLiteral("x"), QStringLiteral("--date"),
                               Clock::today().addDays(3).toString(Qt::ISODate)});
    EXPECT_EQ(future.code, 1);
    // Joost manages the other location: the child is not found for him.
    const Result outside = cli(base + QStringList{QStringLiteral("--held-in"), QStringLiteral("Nederlands"),
                                                  QStringLiteral("--discussed"), QStringLiteral("x")},
                               QStringLiteral("joost"));
    EXPECT_EQ(outside.code, 1);
}

TEST_F(ConversationCommandLineTest, TheParentSummaryIsWrittenInBothLanguagesAndKept)
{
    const QString nl = path(QStringLiteral("samenvatting.pdf"));
    const Result dutch = cli({QStringLiteral("parent-summary"), child, QStringLiteral("--output"), nl});
    ASSERT_EQ(dutch.code, 0) << dutch.err.toStdString();
    EXPECT_TRUE(dutch.err.isEmpty()) << dutch.err.toStdString(); // nothing too hard for B1
    const QString en = path(QStringLiteral("summary.pdf"));
    const Result english = cli({QStringLiteral("--language"), QStringLiteral("en"),
                                QStringLiteral("parent-summary"), child, QStringLiteral("--output"), en});
    ASSERT_EQ(english.code, 0) << english.err.toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM parent_summary_snapshots WHERE child_id = ") + child), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'parent_summary'")), 2);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const auto text = [](const QString& pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString dutchText = text(nl);
    EXPECT_LT(dutchText.indexOf(QStringLiteral("Wat goed gaat")),
              dutchText.indexOf(QStringLiteral("Waar we aan werken")));
    EXPECT_TRUE(dutchText.contains(QStringLiteral("Wie kan helpen")));
    EXPECT_TRUE(text(en).contains(QStringLiteral("What goes well")));
}

TEST_F(ConversationCommandLineTest, TheParentSummaryTakesWhatGoesWellInOwnWordsAndFlagsHardSentences)
{
    const QString pdf = path(QStringLiteral("s.pdf"));
    const Result own =
        cli({QStringLiteral("parent-summary"), child, QStringLiteral("--output"), pdf,
             QStringLiteral("--strengths"),
             QStringLiteral("Er is geen signalering meer nodig voor het plakken en knippen in de groep.")});
    EXPECT_EQ(own.code, 0);
    EXPECT_TRUE(own.err.contains(QStringLiteral("signalering"))) << own.err.toStdString();
    const Result empty = cli({QStringLiteral("parent-summary"), child, QStringLiteral("--output"), pdf,
                              QStringLiteral("--strengths"), QStringLiteral(" ")});
    EXPECT_EQ(empty.code, 1);
    const Result noOutput = cli({QStringLiteral("parent-summary"), child});
    EXPECT_EQ(noOutput.code, 2);
}
