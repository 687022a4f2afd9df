#include "db/ChangeNotifier.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "db/Transaction.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/SupportNeedStore.h"

#include <QList>
#include <utility>

using namespace kz;

// Open windows refresh themselves from what the database announces: only what was committed, once.
class ChangeNotifierTest : public CoreFixture
{
protected:
    // What the notifier announced, signal by signal.
    struct Heard
    {
        QList<std::pair<qint64, qint64>> observations;
        QList<std::pair<qint64, qint64>> needs;
        QList<qint64> children;
        QList<QList<Change>> committed;
    };
    void listen(Heard& heard) const
    {
        const ChangeNotifier* n = db().changes();
        QObject::connect(n, &ChangeNotifier::observationChanged, [&heard](qint64 id, qint64 child) {
            heard.observations.append({id, child});
        });
        QObject::connect(n, &ChangeNotifier::needChanged, [&heard](qint64 id, qint64 child) {
            heard.needs.append({id, child});
        });
        QObject::connect(n, &ChangeNotifier::childChanged,
                         [&heard](qint64 id) { heard.children.append(id); });
        QObject::connect(n, &ChangeNotifier::committed,
                         [&heard](const QList<Change>& changes) { heard.committed.append(changes); });
    }
    Observation observationOf(qint64 child, const QString& body) const
    {
        Observation o;
        o.childId = child;
        o.observedAt = Clock::nowUtc().addSecs(-60);
        o.body = body;
        o.domainIds = {domainId(QStringLiteral("language"))};
        return o;
    }
};

TEST_F(ChangeNotifierTest, ACommittedObservationIsAnnouncedOnceWithItsChild)
{
    Heard heard;
    listen(heard);
    const qint64 id = ObservationStore(db()).create(
        practitionerA1, observationOf(childA1, QStringLiteral("Bouwde een toren.")));

    ASSERT_EQ(heard.observations.size(), 1);
    EXPECT_EQ(heard.observations.first(), std::make_pair(id, childA1));
    ASSERT_EQ(heard.committed.size(), 1);
    ASSERT_EQ(heard.committed.first().size(), 1);
    EXPECT_EQ(heard.committed.first().first().subject, Change::Subject::Observation);
    EXPECT_TRUE(heard.children.isEmpty());
}

TEST_F(ChangeNotifierTest, AChangeIsAnnouncedOnlyWhenTheOuterTransactionCommits)
{
    Heard heard;
    listen(heard);
    SupportNeed n;
    n.childId = childA1;
    n.domainId = domainId(QStringLiteral("language"));
    n.level = 2;
    n.description = QStringLiteral("Spreekt in losse woorden");
    n.signalledOn = Clock::today().addDays(-10);
    qint64 id = 0;
    {
        Transaction transaction(db());
        id = SupportNeedStore(db()).create(practitionerA1, n);
        SupportNeedStore(db()).changeStatus(practitionerA1, id, NeedStatus::DiscussedWithParents, QString());
        EXPECT_TRUE(heard.needs.isEmpty()); // the store's own commit is a savepoint inside ours
        transaction.commit();
    }
    // Created and changed in one action: one announcement of the need.
    ASSERT_EQ(heard.needs.size(), 1);
    EXPECT_EQ(heard.needs.first(), std::make_pair(id, childA1));
    EXPECT_EQ(heard.committed.size(), 1);
}

TEST_F(ChangeNotifierTest, ARolledBackChangeIsNeverAnnounced)
{
    Heard heard;
    listen(heard);
    {
        Transaction transaction(db());
        ObservationStore(db()).create(practitionerA1,
                                      observationOf(childA1, QStringLiteral("Zong een liedje.")));
        // No commit: the action failed further on and everything rolls back.
    }
    EXPECT_TRUE(heard.committed.isEmpty());
    EXPECT_EQ(countRows(QStringLiteral("observations")), 0);

    // A refused change announces nothing either.
    EXPECT_THROW(
        ObservationStore(db()).create(practitionerB, observationOf(childA1, QStringLiteral("Niet van mij."))),
        Error);
    EXPECT_TRUE(heard.committed.isEmpty());

    // A savepoint that rolls back takes its changes with it; the rest of the action is announced.
    {
        Transaction transaction(db());
        Child child = ChildStore(db()).get(managerA, childA1);
        child.neighbourhood = QStringLiteral("Mariahoeve");
        ChildStore(db()).update(managerA, child);
        try {
            Transaction inner(db());
            ObservationStore(db()).create(practitionerA1,
                                          observationOf(childA1, QStringLiteral("Weggegooid.")));
            throw Error(Error::Kind::Validation, QStringLiteral("changed my mind"));
        } catch (const Error&) {
        }
        transaction.commit();
    }
    EXPECT_EQ(heard.children, QList<qint64>{childA1});
    EXPECT_TRUE(heard.observations.isEmpty());
    EXPECT_EQ(heard.committed.size(), 1);
}
