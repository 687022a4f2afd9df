#include "demo/DemoDatabase.h"

#include "../QtPrinters.h"
#include "Clock.h"
#include "Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "services/Authenticator.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"
#include "store/OrganisationStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace kz;

namespace {

QVariant scalar(const Database& db, const QString& sql)
{
    SqlQuery q(db, sql);
    return q.scalar().value_or(QVariant());
}

} // namespace

TEST(DemoDatabaseTest, TheDemoIsALivingConsistentOrganisation)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const DemoSummary summary = DemoDatabase::create(path);
    EXPECT_EQ(summary.locations, 2);
    EXPECT_GE(summary.groups, 6);
    EXPECT_GE(summary.children, 50);
    EXPECT_GE(summary.partners, 25);
    EXPECT_GT(summary.observations, summary.children * 4);
    EXPECT_GT(summary.referrals, 0);

    const Database db = Database::open(path);
    EXPECT_TRUE(DemoDatabase::isDemo(db));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_FALSE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM children")).toInt(),
              summary.children + summary.childrenWhoLeft);
    // Taal en spraak is the need the area plans name most.
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT d.code FROM support_needs n JOIN domains d ON d.id = n.domain_id "
                                  "GROUP BY d.code ORDER BY COUNT(*) DESC LIMIT 1"))
            .toString(),
        QStringLiteral("language"));
    // Children of 2 to 6, and some waiting for help.
    SqlQuery ages(
        db, QStringLiteral("SELECT COUNT(*) FROM children WHERE birth_date > :two OR birth_date < :seven"));
    ages.bind(QStringLiteral(":two"), sql::date(Clock::today().addYears(-2)))
        .bind(QStringLiteral(":seven"), sql::date(Clock::today().addYears(-7)));
    EXPECT_EQ(ages.scalar().value().toInt(), 0);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM referrals WHERE status = 'waiting'")).toInt(),
              0);
    EXPECT_GT(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM partners WHERE name LIKE 'CJG Haagse Hout'")).toInt(),
        0);

    // Each demo account logs in and sees its own scope.
    const QString password = QString::fromLatin1(DemoDatabase::password);
    const Actor fatima = Authenticator::login(db, QStringLiteral("fatima"), password);
    QSet<QString> groups;
    for (const ChildSummary& s : ChildStore(db).list(fatima))
        groups.insert(s.groupName);
    EXPECT_EQ(groups, QSet<QString>({QStringLiteral("Dolfijnen"), QStringLiteral("Egeltjes")}));
    const Actor saskia = Authenticator::login(db, QStringLiteral("saskia"), password);
    EXPECT_EQ(OrganisationStore(db).locations(saskia).size(), 1);
    const Actor beheer = Authenticator::login(db, QStringLiteral("beheer"), password);
    EXPECT_TRUE(ChildStore(db).list(beheer).isEmpty());
    const Actor marco = Authenticator::login(db, QStringLiteral("marco"), password);
    EXPECT_EQ(ChildStore(db).list(marco).size(), summary.children);

    // The children turning four at De Vlinderhof: one handover in each consent state, and one not
    // asked yet; the one with consent has a draft that can go to the school as it is.
    const QList<HandoverCandidate> turningFour =
        HandoverStore(db).candidates(saskia, Clock::today(), Clock::today().addMonths(6));
    ASSERT_GE(turningFour.size(), 4);
    QSet<ConsentState> states;
    for (const HandoverCandidate& c : turningFour.mid(0, 4))
        states.insert(c.handovers.isEmpty() ? ConsentState::NotRequested
                                            : c.handovers.constFirst().consent.state);
    EXPECT_EQ(states, (QSet<ConsentState>{ConsentState::Given, ConsentState::Awaiting, ConsentState::Denied,
                                          ConsentState::NotRequested}));
    const HandoverCandidate& first = turningFour.constFirst();
    const Handover ready =
        HandoverStore(db).find(saskia, first.childId, first.handovers.constFirst().schoolId).value();
    ASSERT_TRUE(ready.draft);
    EXPECT_NO_THROW(HandoverStore(db).checkExportable(saskia, first.childId, ready.schoolId, *ready.draft));
}

TEST(DemoDatabaseTest, AnExistingFileIsNeverOverwritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.db"));
    {
        const Database db = Database::open(path);
    }
    try {
        DemoDatabase::create(path);
        FAIL() << "the demo overwrote a file";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
    }
}
