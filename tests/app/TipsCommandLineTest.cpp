#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QFile>

using namespace kz;

// tips show and tips set: a location writes its own tips for home, and the summary for parents of
// its children uses them; on a copy of the demo, as Saskia (manager of De Vlinderhof).
class TipsCommandLineTest : public CommandLineFixture
{
protected:
    void SetUp() override
    {
        demo = path(QStringLiteral("demo.db"));
        kz::test::copyDemo(demo);
        const Database db = Database::open(demo);
        // A child of De Vlinderhof with an open need of level 2 in the language domain.
        SqlQuery q(
            db, QStringLiteral("SELECT n.child_id FROM support_needs n JOIN domains d ON d.id = n.domain_id "
                               "JOIN children c ON c.id = n.child_id JOIN groups g ON g.id = c.group_id "
                               "WHERE g.location_id = 1 AND d.code = 'language' AND n.status <> 'closed' "
                               "ORDER BY n.child_id LIMIT 1"));
        child = q.scalar().value().toString();
    }
    Result cli(const QStringList& arguments, const QString& user = QStringLiteral("saskia"))
    {
        return run(QStringList{QStringLiteral("--database"), demo, QStringLiteral("--user"), user} +
                   arguments);
    }
    QString tipsFile(const QString& text)
    {
        const QString file = path(QStringLiteral("tips.txt"));
        QFile out(file);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(text.toUtf8());
        return file;
    }
    QString lastSummary() const
    {
        const Database db = Database::open(demo);
        SqlQuery q(db,
                   QStringLiteral("SELECT content FROM parent_summary_snapshots ORDER BY id DESC LIMIT 1"));
        return q.scalar().value_or(QVariant()).toString();
    }

    QString demo;
    QString child;
};

TEST_F(TipsCommandLineTest, ALocationsOwnTipsReplaceTheShippedOnesInTheSummaryForParents)
{
    const QStringList show = {QStringLiteral("tips"), QStringLiteral("show"), QStringLiteral("1"),
                              QStringLiteral("language")};
    const Result shipped = cli(show);
    ASSERT_EQ(shipped.code, 0) << shipped.err.toStdString();
    EXPECT_TRUE(shipped.out.contains(QStringLiteral("ships"))) << shipped.out.toStdString();

    const QString own = QStringLiteral("Zing samen een liedje bij het tandenpoetsen.");
    const QString tooLong =
        QStringLiteral("Lees elke avond voor het slapengaan samen met uw kind een prentenboek "
                       "voor en praat daarna over de plaatjes.");
    const Result set = cli({QStringLiteral("tips"), QStringLiteral("set"), QStringLiteral("1"),
                            QStringLiteral("Taal en spraak"), tipsFile(own + QLatin1Char('\n') + tooLong)});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains(QStringLiteral("B1"))) << set.err.toStdString(); // the long one is named
    const Result mine = cli(show);
    EXPECT_TRUE(mine.out.contains(QStringLiteral("own"))) << mine.out.toStdString();
    EXPECT_TRUE(mine.out.contains(own)) << mine.out.toStdString();

    const Result summary = cli(
        {QStringLiteral("parent-summary"), child, QStringLiteral("--output"), path(QStringLiteral("s.pdf"))});
    ASSERT_EQ(summary.code, 0) << summary.err.toStdString();
    EXPECT_TRUE(lastSummary().contains(own)) << lastSummary().toStdString();

    const Result reset = cli({QStringLiteral("tips"), QStringLiteral("set"), QStringLiteral("1"),
                              QStringLiteral("language"), tipsFile(QString())});
    ASSERT_EQ(reset.code, 0) << reset.err.toStdString();
    EXPECT_TRUE(cli(show).out.contains(QStringLiteral("ships")));
}

TEST_F(TipsCommandLineTest, OnlyTheLocationsManagerWritesItsTips)
{
    const Result practitioner = cli({QStringLiteral("tips"), QStringLiteral("set"), QStringLiteral("1"),
                                     QStringLiteral("language"), tipsFile(QStringLiteral("Praat veel."))},
                                    QStringLiteral("fatima"));
    EXPECT_EQ(practitioner.code, 1);
    EXPECT_EQ(cli({QStringLiteral("tips"), QStringLiteral("show"), QStringLiteral("1"),
                   QStringLiteral("nothing-like-this")})
                  .code,
              1);
    EXPECT_EQ(cli({QStringLiteral("tips"), QStringLiteral("set"), QStringLiteral("1")}).code, 2);
}
