#include "Clock.h"
#include "CoreFixture.h"
#include "Refusal.h"
#include "access/AuditLog.h"
#include "services/AccessRequest.h"
#include "services/Retention.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"
#include "store/OrganisationStore.h"

#include <QJsonArray>

using namespace kz;

// Enrolling, moving and leaving, on a fixed day so that no test depends on today's date.
class ChildLifecycleTest : public CoreFixture
{
protected:
    ScopedClock m_clock{QDate(2026, 3, 2)};
    const QDate today{2026, 3, 2};
};

TEST_F(ChildLifecycleTest, OnlyAManagerOfTheLocationEnrolsCorrectsAndMoves)
{
    ChildStore children(db());
    EXPECT_EQ(refusalOf([&] { children.create(practitionerA1, childTemplate(groupA1)); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { children.create(admin, childTemplate(groupA1)); }).kind(),
              Error::Kind::AccessDenied);
    // A manager of another location neither sees nor moves the child.
    EXPECT_EQ(refusalOf([&] { children.move(managerB, childA1, groupB1, today); }).kind(),
              Error::Kind::NotFound);
    // Nor may the child's own manager move her to a location she does not manage.
    EXPECT_EQ(refusalOf([&] { children.move(managerA, childA1, groupB1, today); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { children.move(practitionerA1, childA1, groupA2, today); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(children.get(managerA, childA1).groupId, groupA1);

    Child corrected = children.get(managerA, childA1);
    corrected.givenName = QStringLiteral("Annabel");
    EXPECT_NO_THROW(children.update(managerA, corrected));
    corrected = children.get(managerA, childA1); // the saved version: a stale copy is an edit conflict
    corrected.groupId = groupA2;
    const Error groupChange = refusalOf([&] { children.update(managerA, corrected); });
    EXPECT_EQ(groupChange.kind(), Error::Kind::Validation);
    EXPECT_TRUE(groupChange.userMessage().contains(QStringLiteral("move")));
    EXPECT_EQ(children.get(managerA, childA1).givenName, QStringLiteral("Annabel"));
}

TEST_F(ChildLifecycleTest, AMoveIsKeptAndTheOldGroupLosesAccessAtOnce)
{
    ChildStore children(db());
    EXPECT_NO_THROW(children.get(practitionerA1, childA1));
    children.move(managerA, childA1, groupA2, today.addDays(-1));
    // Audited before anything else happens (refusals below are audited too).
    const AuditEntry last = AuditLog::entries(db(), 1).first();
    EXPECT_EQ(last.action, QStringLiteral("move"));
    EXPECT_EQ(last.childId, childA1);

    EXPECT_EQ(refusalOf([&] { children.get(practitionerA1, childA1); }).kind(), Error::Kind::NotFound);
    EXPECT_EQ(children.get(practitionerA2, childA1).groupId, groupA2);
    const QList<GroupMove> moves = children.moves(managerA, childA1);
    ASSERT_EQ(moves.size(), 1);
    EXPECT_EQ(moves[0].fromGroupName, QStringLiteral("A1"));
    EXPECT_EQ(moves[0].toGroupName, QStringLiteral("A2"));
    EXPECT_EQ(moves[0].movedOn, today.addDays(-1));
    EXPECT_EQ(moves[0].movedBy, QStringLiteral("managera"));
    EXPECT_EQ(refusalOf([&] { children.moves(practitionerA1, childA1); }).kind(), Error::Kind::NotFound);

    // Not into the future, not before the previous move, not into the group she is in.
    EXPECT_EQ(refusalOf([&] { children.move(managerA, childA1, groupA1, today.addDays(1)); }).kind(),
              Error::Kind::Validation);
    EXPECT_EQ(refusalOf([&] { children.move(managerA, childA1, groupA1, today.addDays(-5)); }).kind(),
              Error::Kind::Validation);
    EXPECT_EQ(refusalOf([&] { children.move(managerA, childA1, groupA2, today); }).kind(),
              Error::Kind::Validation);
    EXPECT_EQ(children.moves(managerA, childA1).size(), 1);
}

TEST_F(ChildLifecycleTest, NoMoveIntoAnArchivedGroup)
{
    Group old;
    old.locationId = locationA;
    old.name = QStringLiteral("Oud");
    const qint64 oldGroup = OrganisationStore(db()).createGroup(managerA, old);
    OrganisationStore(db()).archiveGroup(managerA, oldGroup);
    EXPECT_EQ(refusalOf([&] { ChildStore(db()).move(managerA, childA1, oldGroup, today); }).kind(),
              Error::Kind::Validation);
}

TEST_F(ChildLifecycleTest, ALeftChildStaysReadableAndReachesTheRetentionPreviewAfterThePeriod)
{
    ChildStore children(db());
    GuardianStore(db()).add(managerA,
                            Guardian{0, childA1, QStringLiteral("Mira Testouder"), QStringLiteral("moeder"),
                                     QStringLiteral("Arabisch"), true, QString(), QString()});
    children.move(managerA, childA1, groupA2, today.addDays(-10));
    EXPECT_EQ(
        refusalOf([&] { children.leave(managerA, childA1, QDate(2020, 1, 1), LeaveReason::Moved); }).kind(),
        Error::Kind::Validation);
    EXPECT_EQ(refusalOf([&] { children.leave(practitionerA2, childA1, today, LeaveReason::Moved); }).kind(),
              Error::Kind::AccessDenied);
    children.leave(managerA, childA1, today.addDays(-1), LeaveReason::PrimarySchool);

    const Child left = children.get(managerA, childA1);
    EXPECT_EQ(left.endDate, today.addDays(-1));
    EXPECT_EQ(left.leaveReason, LeaveReason::PrimarySchool);
    auto listed = [&](const ChildFilter& filter) {
        for (const ChildSummary& s : children.list(managerA, filter))
            if (s.child.id == childA1)
                return true;
        return false;
    };
    EXPECT_FALSE(listed({}));
    EXPECT_TRUE(listed({.groupId = std::nullopt, .includeLeft = true}));

    EXPECT_TRUE(Retention::preview(db(), admin, today).children.isEmpty());
    {
        ScopedClock later(today.addMonths(Retention::defaultMonths + 1));
        const RetentionResult due = Retention::preview(db(), admin);
        ASSERT_EQ(due.children.size(), 1);
        EXPECT_EQ(due.children[0].childId, childA1);
        EXPECT_EQ(due.children[0].leftOn, today.addDays(-1));
        Retention::purge(db(), admin);
    }
    EXPECT_EQ(countRows(QStringLiteral("guardians")), 0);
    EXPECT_EQ(countRows(QStringLiteral("child_group_moves")), 0);
    EXPECT_EQ(refusalOf([&] { children.get(managerA, childA1); }).kind(), Error::Kind::NotFound);
}

TEST_F(ChildLifecycleTest, TheInzageHoldsGuardiansAndMoves)
{
    GuardianStore(db()).add(managerA,
                            Guardian{0, childA1, QStringLiteral("Mira Testouder"), QStringLiteral("moeder"),
                                     QStringLiteral("Arabisch"), true, QString(), QString()});
    ChildStore(db()).move(managerA, childA1, groupA2, today);
    const QJsonObject everything = AccessRequest::collect(db(), managerA, childA1);
    const QJsonArray guardians = everything.value(QStringLiteral("guardians")).toArray();
    ASSERT_EQ(guardians.size(), 1);
    EXPECT_EQ(guardians[0][QStringLiteral("name")].toString(), QStringLiteral("Mira Testouder"));
    EXPECT_TRUE(guardians[0][QStringLiteral("interpreter_needed")].toBool());
    const QJsonArray moves = everything.value(QStringLiteral("group_moves")).toArray();
    ASSERT_EQ(moves.size(), 1);
    EXPECT_EQ(moves[0][QStringLiteral("to_group")].toString(), QStringLiteral("A2"));
    EXPECT_TRUE(AccessRequest::html(everything).contains(QStringLiteral("Mira Testouder")));
}

TEST_F(ChildLifecycleTest, AChildNumberIsUniqueWhenGiven)
{
    ChildStore children(db());
    Child first = childTemplate(groupA1, QStringLiteral("Eerste"));
    first.externalNumber = QStringLiteral("K-1001");
    const qint64 id = children.create(managerA, first);
    EXPECT_EQ(children.get(managerA, id).externalNumber, QStringLiteral("K-1001"));
    Child second = childTemplate(groupA2, QStringLiteral("Tweede"));
    second.externalNumber = QStringLiteral("K-1001");
    EXPECT_EQ(refusalOf([&] { children.create(managerA, second); }).kind(), Error::Kind::Conflict);
    second.externalNumber.clear();
    EXPECT_NO_THROW(children.create(managerA, second)); // many children without a number
    EXPECT_NO_THROW(children.create(managerA, childTemplate(groupA2, QStringLiteral("Derde"))));
}

TEST_F(ChildLifecycleTest, TheAuditTrailNamesWhatTheViewerMaySee)
{
    ChildStore(db()).move(managerA, childA1, groupA2, today);
    AuditFilter filter;
    filter.childId = childA1;
    const QList<AuditEntry> forManager = AuditLog::search(db(), managerA, filter);
    ASSERT_FALSE(forManager.isEmpty());
    EXPECT_EQ(forManager.first().childName, QStringLiteral("Anna Testkind"));
    EXPECT_EQ(forManager.first().subjectName, QStringLiteral("Anna Testkind"));
    // An admin without a manager role sees the trail but not who the child is.
    const QList<AuditEntry> forAdmin = AuditLog::search(db(), admin, filter);
    ASSERT_FALSE(forAdmin.isEmpty());
    EXPECT_TRUE(forAdmin.first().childName.isEmpty());
    EXPECT_TRUE(forAdmin.first().subjectName.isEmpty());

    AuditFilter all;
    bool namedGroup = false;
    bool namedAccount = false;
    for (const AuditEntry& e : AuditLog::search(db(), admin, all)) {
        namedGroup |= e.entity == QLatin1String("group") && e.subjectName == QLatin1String("A2");
        namedAccount |= e.entity == QLatin1String("user") && e.subjectName == QLatin1String("practa1");
    }
    EXPECT_TRUE(namedGroup);
    EXPECT_TRUE(namedAccount);
}
