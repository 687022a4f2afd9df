// The work a screen does must not grow with the organisation: the same screens over 200 and
// 2,000 children run the same number of statements (counted, not timed).
#include "Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "services/AccessRequest.h"
#include "services/Authenticator.h"
#include "services/Dossier.h"
#include "services/GroupNeeds.h"
#include "store/HandoverStore.h"
#include "store/UserStore.h"

#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace kz;

namespace {

struct Counts
{
    qint64 turningFour = 0;
    qint64 inzage = 0;
    qint64 dossier = 0;
    qint64 groupNeeds = 0;
    qint64 groupNeedsCounts = 0; // the overview as it opens: figures and the lists' lengths
    qint64 attentionPages = 0;   // the first page of every attention list
    qsizetype candidates = 0;
    qint64 accounts = 0;
    qsizetype groups = 0;
    qsizetype users = 0;
};

// Statements run by `work`, and what it prepared on a second run (nothing: the cache has them).
qint64 executed(const Database& db, const std::function<void()>& work)
{
    work(); // the first run prepares
    const Database::StatementCount before = db.statementCount();
    work();
    EXPECT_EQ(db.statementCount().prepared, before.prepared) << "a repeated screen prepares nothing";
    return db.statementCount().executed - before.executed;
}

// A child with support needs and observations: in the small organisation the one with the
// fewest notes, in the large one the one with the most, so a read per row would show.
qint64 childToOpen(const Database& db, bool most)
{
    SqlQuery q(db,
               QStringLiteral("SELECT o.child_id FROM observations o WHERE o.child_id IN "
                              "(SELECT child_id FROM support_needs GROUP BY child_id HAVING COUNT(*) >= 2) "
                              "GROUP BY o.child_id ORDER BY COUNT(*) %1, o.child_id LIMIT 1")
                   .arg(most ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    return q.scalar().value().toLongLong();
}

Counts countFor(int children)
{
    const ScopedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("scale.db")));
    SyntheticOrganisation::generate(db, {children / 100 + 1, children, children * 5});
    const Actor directie = Authenticator::login(db, QString::fromLatin1(SyntheticOrganisation::directieName),
                                                QString::fromLatin1(DemoDatabase::password));
    const qint64 child = childToOpen(db, children > 1000);

    Counts counts;
    const HandoverStore handovers(db);
    counts.turningFour = executed(db, [&] {
        counts.candidates =
            handovers.candidates(directie, Clock::today(), Clock::today().addMonths(12)).size();
    });
    counts.inzage = executed(db, [&] { AccessRequest::collect(db, directie, child); });
    counts.dossier = executed(db, [&] { Dossier(db, directie, child); });
    counts.groupNeeds = executed(db, [&] { counts.groups = GroupNeeds(db, directie).groups().size(); });
    GroupNeedsFilter countsOnly;
    countsOnly.attentionRows = 0;
    counts.groupNeedsCounts = executed(db, [&] { GroupNeeds(db, directie, countsOnly); });
    counts.attentionPages = executed(db, [&] {
        for (int list = 0; list <= int(AttentionList::TurningFour); ++list)
            GroupNeeds::attentionPage(db, directie, countsOnly, AttentionList(list), 0, 100);
    });
    const Actor admin =
        Authenticator::login(db, QStringLiteral("admin"), QString::fromLatin1(DemoDatabase::password));
    counts.accounts = executed(db, [&] { counts.users = UserStore(db).list(admin).size(); });
    for (const User& listed : UserStore(db).list(admin)) { // read together as each one is read alone
        const User alone = UserStore(db).get(admin, listed.id);
        EXPECT_EQ(listed.roles, alone.roles) << listed.username.toStdString();
        EXPECT_EQ(listed.groupIds, alone.groupIds) << listed.username.toStdString();
        EXPECT_EQ(listed.locationIds, alone.locationIds) << listed.username.toStdString();
        EXPECT_EQ(listed.displayName, alone.displayName);
    }
    return counts;
}

} // namespace

TEST(BoundedStatementsTest, ScreensRunTheSameStatementsForTwoHundredAndTwoThousandChildren)
{
    const Counts small = countFor(200);
    const Counts large = countFor(2000);
    // The larger organisation really is larger on these screens.
    EXPECT_GT(large.candidates, 5 * small.candidates);
    EXPECT_GT(large.groups, 5 * small.groups);
    EXPECT_GT(large.users, 5 * small.users);

    EXPECT_EQ(small.turningFour, large.turningFour);
    EXPECT_EQ(small.inzage, large.inzage);
    EXPECT_EQ(small.dossier, large.dossier);
    EXPECT_EQ(small.groupNeeds, large.groupNeeds);
    EXPECT_EQ(small.groupNeedsCounts, large.groupNeedsCounts);
    EXPECT_EQ(small.attentionPages, large.attentionPages);
    EXPECT_EQ(small.accounts, large.accounts);
    // The bound itself: a handful of reads per screen, whatever the number of rows.
    EXPECT_LE(large.turningFour, 3);
    EXPECT_LE(large.inzage, 30);
    EXPECT_LE(large.dossier, 11); // the child checked once for all its parts (was 17: once per part)
    EXPECT_LE(large.groupNeeds, 8);
    EXPECT_LE(large.groupNeedsCounts, 4); // figures, cells, the counts, the trend
    EXPECT_LE(large.attentionPages, 5);   // one statement per list
    EXPECT_LE(large.accounts, 3);         // the role check, the accounts, their roles and scopes
}
