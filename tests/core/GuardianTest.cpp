#include "Clock.h"
#include "CoreFixture.h"
#include "Refusal.h"
#include "access/AuditLog.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"

using namespace kz;

class GuardianTest : public CoreFixture
{
protected:
    ScopedClock m_clock{QDate(2026, 3, 2)};

    Guardian mother() const
    {
        Guardian g;
        g.childId = childA1;
        g.name = QStringLiteral("Yasmina Testouder");
        g.relation = QStringLiteral("moeder");
        g.preferredLanguage = QStringLiteral("Tamazight");
        g.interpreterNeeded = true;
        g.phone = QStringLiteral("06 12345678");
        return g;
    }
};

TEST_F(GuardianTest, ThePeopleWhoTalkWithTheParentsKeepTheirDetails)
{
    GuardianStore guardians(db());
    const qint64 id = guardians.add(practitionerA1, mother());
    const QList<Guardian> listed = guardians.list(managerA, childA1);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].id, id);
    EXPECT_EQ(listed[0].preferredLanguage, QStringLiteral("Tamazight"));
    EXPECT_TRUE(listed[0].interpreterNeeded);
    EXPECT_EQ(AuditLog::entries(db(), 1).first().childId, childA1);

    Guardian corrected = listed[0];
    corrected.interpreterNeeded = false;
    corrected.email = QStringLiteral("ouder@example.org");
    guardians.update(managerA, corrected);
    EXPECT_FALSE(guardians.list(practitionerA1, childA1)[0].interpreterNeeded);

    Guardian father = mother();
    father.name = QStringLiteral("Karim Testouder");
    father.relation = QStringLiteral("vader");
    guardians.add(managerA, father);
    guardians.remove(practitionerA1, id);
    ASSERT_EQ(guardians.list(managerA, childA1).size(), 1);
    EXPECT_EQ(guardians.list(managerA, childA1)[0].name, QStringLiteral("Karim Testouder"));
}

TEST_F(GuardianTest, OthersNeitherReadNorWriteThem)
{
    GuardianStore guardians(db());
    const qint64 id = guardians.add(managerA, mother());
    EXPECT_EQ(refusalOf([&] { guardians.list(practitionerA2, childA1); }).kind(), Error::Kind::NotFound);
    EXPECT_EQ(refusalOf([&] { guardians.add(practitionerA2, mother()); }).kind(), Error::Kind::NotFound);
    EXPECT_EQ(refusalOf([&] { guardians.remove(managerB, id); }).kind(), Error::Kind::NotFound);
    EXPECT_EQ(refusalOf([&] { guardians.list(admin, childA1); }).kind(), Error::Kind::NotFound);

    // After a move the old group's practitioner no longer reaches the parents either.
    ChildStore(db()).move(managerA, childA1, groupA2, QDate(2026, 3, 2));
    EXPECT_EQ(refusalOf([&] { guardians.list(practitionerA1, childA1); }).kind(), Error::Kind::NotFound);
    EXPECT_EQ(guardians.list(practitionerA2, childA1).size(), 1);
}

TEST_F(GuardianTest, ANameIsNeededAndContactDetailsMustBeReal)
{
    GuardianStore guardians(db());
    Guardian nameless = mother();
    nameless.name = QStringLiteral("  ");
    EXPECT_EQ(refusalOf([&] { guardians.add(managerA, nameless); }).kind(), Error::Kind::Validation);
    Guardian badMail = mother();
    badMail.email = QStringLiteral("ouder-at-example");
    EXPECT_TRUE(refusalOf([&] { guardians.add(managerA, badMail); })
                    .userMessage()
                    .contains(QStringLiteral("ouder-at")));
    Guardian badPhone = mother();
    badPhone.phone = QStringLiteral("bel maar");
    EXPECT_EQ(refusalOf([&] { guardians.add(managerA, badPhone); }).kind(), Error::Kind::Validation);
    EXPECT_EQ(countRows(QStringLiteral("guardians")), 0);
}
