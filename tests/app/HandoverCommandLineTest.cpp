#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace kz;

// The demo holds children close to four in each consent state; the command line exports only
// the one whose parents said yes. The child without a handover is chosen for what the test needs:
// one who has not left and has no VE indication (whose programme a handover would have to name).
class HandoverCommandLineTest : public CommandLineFixture
{
protected:
    void SetUp() override
    {
        demo = path(QStringLiteral("demo.db"));
        kz::test::copyDemo(demo);
        const Database db = Database::open(demo);
        SqlQuery q(db, QStringLiteral("SELECT h.consent_state, h.child_id, p.name FROM handovers h "
                                      "JOIN partners p ON p.id = h.school_id"));
        q.exec();
        while (q.next())
            byState.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
        SqlQuery none(db,
                      QStringLiteral("SELECT c.id FROM children c JOIN groups g ON g.id = c.group_id WHERE "
                                     "g.location_id = 1 AND g.kind <> 'bso' AND c.end_date IS NULL AND "
                                     "c.ve_indication_date IS NULL AND c.id NOT IN (SELECT child_id FROM "
                                     "handovers) ORDER BY c.birth_date LIMIT 1"));
        withoutHandover = none.scalar().value().toString();
    }

    Result handover(const QStringList& arguments, const QString& user = QStringLiteral("saskia"))
    {
        return run(QStringList{QStringLiteral("--database"), demo, QStringLiteral("--user"), user,
                               QStringLiteral("handover")} +
                   arguments);
    }

    QString demo;
    QHash<QString, QPair<QString, QString>> byState; // state -> (child id, school name)
    QString withoutHandover;
};

TEST_F(HandoverCommandLineTest, OnlyGivenConsentExports)
{
    ASSERT_EQ(byState.size(), 3) << "given, awaiting and denied";
    ASSERT_FALSE(withoutHandover.isEmpty());
    for (const QString& state : {QStringLiteral("awaiting"), QStringLiteral("denied")}) {
        const QString pdf = path(state + QStringLiteral(".pdf"));
        const Result refused =
            handover({QStringLiteral("export"), byState[state].first, QStringLiteral("--school"),
                      byState[state].second, QStringLiteral("--output"), pdf});
        EXPECT_EQ(refused.code, 1) << refused.out.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("consent"))) << refused.err.toStdString();
        EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 1);
        EXPECT_FALSE(QFile::exists(pdf));
    }
    const QString pdf = path(QStringLiteral("given.pdf"));
    const Result done = handover({QStringLiteral("export"), byState[QStringLiteral("given")].first,
                                  QStringLiteral("--school"), byState[QStringLiteral("given")].second,
                                  QStringLiteral("--output"), pdf});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(done.out.contains(hash)) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("version 1")));
    const Database db = Database::open(demo);
    SqlQuery stored(db, QStringLiteral("SELECT sha256 FROM handover_snapshots"));
    EXPECT_EQ(stored.scalar().value().toString(), hash);
}

TEST_F(HandoverCommandLineTest, ConsentThenExportInEnglish)
{
    const QString school = QStringLiteral("Louise de Coligny");
    const Result badState = handover({QStringLiteral("consent"), withoutHandover, QStringLiteral("--school"),
                                      school, QStringLiteral("--state"), QStringLiteral("maybe")});
    EXPECT_EQ(badState.code, 2);
    const Result badSection = handover(
        {QStringLiteral("consent"), withoutHandover, QStringLiteral("--school"), school,
         QStringLiteral("--state"), QStringLiteral("given"), QStringLiteral("--given-by"),
         QStringLiteral("A. Ouder"), QStringLiteral("--sections"), QStringLiteral("personal,diary")});
    EXPECT_EQ(badSection.code, 2);
    EXPECT_TRUE(badSection.err.contains(QStringLiteral("diary")));
    const Result noName = handover({QStringLiteral("consent"), withoutHandover, QStringLiteral("--school"),
                                    school, QStringLiteral("--state"), QStringLiteral("given")});
    EXPECT_EQ(noName.code, 1);

    const Result given = handover({QStringLiteral("consent"), withoutHandover, QStringLiteral("--school"),
                                   school, QStringLiteral("--state"), QStringLiteral("given"),
                                   QStringLiteral("--given-by"), QStringLiteral("A. Ouder"),
                                   QStringLiteral("--sections"), QStringLiteral("personal,development,ve")});
    ASSERT_EQ(given.code, 0) << given.err.toStdString();
    EXPECT_TRUE(given.out.contains(QStringLiteral("given")));

    const QString pdf = path(QStringLiteral("en.pdf"));
    const Result done =
        handover({QStringLiteral("export"), withoutHandover, QStringLiteral("--school"), school,
                  QStringLiteral("--output"), pdf, QStringLiteral("--language"), QStringLiteral("en")});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.waitForFinished(30000);
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("Handover to primary school")));
    EXPECT_TRUE(content.contains(school));
    EXPECT_FALSE(content.contains(QStringLiteral("Partners involved")));
}

TEST_F(HandoverCommandLineTest, SchoolsAndChildrenAreResolvedWithinScope)
{
    const QString child = byState[QStringLiteral("given")].first;
    // Not a school: a handover goes to a school only.
    EXPECT_EQ(handover({QStringLiteral("consent"), child, QStringLiteral("--school"), QStringLiteral("CJG"),
                        QStringLiteral("--state"), QStringLiteral("awaiting")})
                  .code,
              1);
    const Result ambiguous =
        handover({QStringLiteral("consent"), child, QStringLiteral("--school"), QStringLiteral("basisschool"),
                  QStringLiteral("--state"), QStringLiteral("awaiting")});
    EXPECT_EQ(ambiguous.code, 1);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("several schools")));
    // Joost manages De Duinroos, not De Vlinderhof.
    EXPECT_EQ(handover({QStringLiteral("consent"), child, QStringLiteral("--school"),
                        byState[QStringLiteral("given")].second, QStringLiteral("--state"),
                        QStringLiteral("awaiting")},
                       QStringLiteral("joost"))
                  .code,
              1);
    EXPECT_EQ(handover({QStringLiteral("export"), child, QStringLiteral("--school"),
                        byState[QStringLiteral("given")].second})
                  .code,
              2); // no --output
}
