#include "services/OrganisationSetup.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Refusal.h"
#include "db/SqlQuery.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/UserStore.h"

using namespace kz;

namespace {

OrganisationSetupRequest aRequest()
{
    OrganisationSetupRequest r;
    r.organisationName = QStringLiteral("Kinderopvang De Testtuin");
    r.location.name = QStringLiteral("De Testtuin Mariahoeve");
    r.location.lrkNumber = QStringLiteral("123456789");
    r.location.postcode = QStringLiteral("2591 AB");
    r.location.city = QStringLiteral("Den Haag");
    r.location.district = QStringLiteral("Haagse Hout");
    r.location.neighbourhood = QStringLiteral("Mariahoeve & Marlot");
    Group peuters;
    peuters.name = QStringLiteral("Vlinders");
    peuters.kind = GroupKind::Peuteropvang;
    peuters.minAgeMonths = 24;
    peuters.maxAgeMonths = 48;
    Group bso;
    bso.name = QStringLiteral("Zwaluwen");
    bso.kind = GroupKind::Bso;
    bso.minAgeMonths = 48;
    bso.maxAgeMonths = 156;
    r.groups = {peuters, bso};
    r.adminUsername = QStringLiteral("beheer");
    r.adminDisplayName = QStringLiteral("Femke Beheer");
    r.adminPassword = QStringLiteral("lang-genoeg-42");
    return r;
}

class OrganisationSetupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("o.db"))));
    }
    const Database& db() const { return *m_db; }

    ScopedClock m_clock{QDate(2026, 3, 2)};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(OrganisationSetupTest, AnEmptyDatabaseBecomesAnOrganisationInOneStep)
{
    const Actor admin = OrganisationSetup::run(db(), aRequest());
    EXPECT_TRUE(admin.hasRole(Role::Admin));
    EXPECT_TRUE(admin.hasRole(Role::Manager));
    OrganisationStore organisation(db());
    EXPECT_EQ(organisation.organisationName(), QStringLiteral("Kinderopvang De Testtuin"));
    const QList<Location> locations = organisation.locations(admin);
    ASSERT_EQ(locations.size(), 1);
    EXPECT_EQ(locations[0].organisation, QStringLiteral("Kinderopvang De Testtuin"));
    EXPECT_EQ(locations[0].lrkNumber, QStringLiteral("123456789"));
    const QList<Group> groups = organisation.groups(admin);
    ASSERT_EQ(groups.size(), 2);
    EXPECT_EQ(groups[0].kind, GroupKind::Peuteropvang);
    EXPECT_EQ(groups[0].locationId, locations[0].id);

    bool wijkKnown = false;
    for (const Area& a : PartnerStore(db()).areas())
        wijkKnown |=
            a.name == QLatin1String("Mariahoeve & Marlot") && a.parent == QLatin1String("Haagse Hout");
    EXPECT_TRUE(wijkKnown);

    // The administrator manages the location, so she can enrol straight away.
    Child c;
    c.givenName = QStringLiteral("Eerste");
    c.familyName = QStringLiteral("Kind");
    c.birthDate = QDate(2023, 5, 1);
    c.startDate = QDate(2025, 9, 1);
    c.groupId = groups[0].id;
    EXPECT_NO_THROW(ChildStore(db()).create(admin, c));
    EXPECT_EQ(UserStore(db()).actorByUsername(QStringLiteral("beheer"))->userId, admin.userId);
}

TEST_F(OrganisationSetupTest, ARefusalLeavesTheFileEmpty)
{
    OrganisationSetupRequest duplicateGroups = aRequest();
    duplicateGroups.groups[1].name = duplicateGroups.groups[0].name;
    EXPECT_EQ(refusalOf([&] { OrganisationSetup::run(db(), duplicateGroups); }).kind(),
              Error::Kind::Conflict);
    EXPECT_FALSE(UserStore(db()).hasUsers());
    SqlQuery locations(db(), QStringLiteral("SELECT COUNT(*) FROM locations"));
    EXPECT_EQ(locations.scalar().value().toInt(), 0);

    OrganisationSetupRequest weakPassword = aRequest();
    weakPassword.adminPassword = QStringLiteral("kort");
    EXPECT_EQ(refusalOf([&] { OrganisationSetup::run(db(), weakPassword); }).kind(), Error::Kind::Validation);
    OrganisationSetupRequest badLrk = aRequest();
    badLrk.location.lrkNumber = QStringLiteral("12345");
    EXPECT_TRUE(
        refusalOf([&] { OrganisationSetup::run(db(), badLrk); }).userMessage().contains(QStringLiteral("9")));
    OrganisationSetupRequest noGroups = aRequest();
    noGroups.groups.clear();
    EXPECT_EQ(refusalOf([&] { OrganisationSetup::run(db(), noGroups); }).kind(), Error::Kind::Validation);
    EXPECT_FALSE(UserStore(db()).hasUsers());
}

TEST_F(OrganisationSetupTest, ADatabaseWithAccountsIsNotSetUpAgain)
{
    OrganisationSetup::run(db(), aRequest());
    OrganisationSetupRequest again = aRequest();
    again.adminUsername = QStringLiteral("tweede");
    EXPECT_EQ(refusalOf([&] { OrganisationSetup::run(db(), again); }).kind(), Error::Kind::AccessDenied);
    EXPECT_FALSE(UserStore(db()).actorByUsername(QStringLiteral("tweede")).has_value());
}

TEST_F(OrganisationSetupTest, TheKnownAreasAreTheWijkenOfDenHaag)
{
    const QList<AreaDefinition> areas = OrganisationSetup::knownAreas();
    bool segbroek = false;
    for (const AreaDefinition& a : areas)
        segbroek |= a.name == QLatin1String("Vogelwijk") && a.parent == QLatin1String("Segbroek");
    EXPECT_TRUE(segbroek);
}

// Archiving and accounts, on the small organisation of the fixture.
class OrganisationChangeTest : public CoreFixture
{
protected:
    ScopedClock m_clock{QDate(2026, 3, 2)};
};

TEST_F(OrganisationChangeTest, AGroupOrLocationWithChildrenIsNotArchived)
{
    OrganisationStore organisation(db());
    const Error refused = refusalOf([&] { organisation.archiveGroup(managerA, groupA1); });
    EXPECT_EQ(refused.kind(), Error::Kind::Conflict);
    EXPECT_TRUE(refused.userMessage().contains(QStringLiteral("1")));
    EXPECT_EQ(refusalOf([&] { organisation.archiveGroup(managerB, groupA1); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { organisation.archiveGroup(practitionerA1, groupA1); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { organisation.archiveLocation(managerA, locationA); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { organisation.archiveLocation(admin, locationA); }).kind(),
              Error::Kind::Conflict);

    ChildStore(db()).leave(managerA, childA1, QDate(2026, 3, 1), LeaveReason::Moved);
    EXPECT_NO_THROW(organisation.archiveGroup(managerA, groupA1));
    EXPECT_EQ(organisation.groups(managerA).size(), 1);
    EXPECT_EQ(organisation.groups(managerA, true).size(), 2);
    EXPECT_TRUE(organisation.group(managerA, groupA1).archived);
    EXPECT_EQ(refusalOf([&] { ChildStore(db()).create(managerA, childTemplate(groupA1)); }).kind(),
              Error::Kind::Validation);

    ChildStore(db()).leave(managerA, childA2, QDate(2026, 3, 1), LeaveReason::OtherChildcare);
    EXPECT_NO_THROW(organisation.archiveLocation(admin, locationA));
    EXPECT_TRUE(organisation.location(admin, locationA).archived);
    EXPECT_EQ(organisation.locations(admin).size(), 1);
    EXPECT_EQ(organisation.locations(admin, true).size(), 2);
    EXPECT_TRUE(organisation.group(admin, groupA2).archived);
    Group late;
    late.locationId = locationA;
    late.name = QStringLiteral("Te laat");
    EXPECT_EQ(refusalOf([&] { organisation.createGroup(admin, late); }).kind(), Error::Kind::Validation);
}

TEST_F(OrganisationChangeTest, AccountsAreEditedButTheLastAdministratorStays)
{
    UserStore users(db());
    User practitioner = users.get(admin, practitionerA1.userId);
    practitioner.groupIds = {groupA1, groupA2};
    practitioner.displayName = QStringLiteral("Pien Praktijk");
    users.update(admin, practitioner);
    EXPECT_NO_THROW(ChildStore(db()).get(practitionerA1, childA2));
    EXPECT_EQ(users.get(admin, practitionerA1.userId).displayName, QStringLiteral("Pien Praktijk"));
    EXPECT_EQ(users.get(admin, practitionerA1.userId).username, QStringLiteral("practa1"));
    EXPECT_EQ(refusalOf([&] { users.get(managerA, practitionerA1.userId); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { users.update(managerA, practitioner); }).kind(), Error::Kind::AccessDenied);
    practitioner.groupIds = {groupA1, 999};
    EXPECT_EQ(refusalOf([&] { users.update(admin, practitioner); }).kind(), Error::Kind::Validation);

    // Two administrators: one may step down, the last may not.
    User other = users.get(admin, adminManager.userId);
    other.roles = {Role::Manager};
    EXPECT_NO_THROW(users.update(admin, other));
    User self = users.get(admin, admin.userId);
    self.roles = {Role::Manager};
    self.locationIds = {locationA};
    const Error lastAdmin = refusalOf([&] { users.update(admin, self); });
    EXPECT_EQ(lastAdmin.kind(), Error::Kind::Conflict);
    EXPECT_TRUE(users.get(admin, admin.userId).hasRole(Role::Admin));

    EXPECT_EQ(
        refusalOf([&] { OrganisationStore(db()).setOrganisationName(managerA, QStringLiteral("X")); }).kind(),
        Error::Kind::AccessDenied);
    OrganisationStore(db()).setOrganisationName(admin, QStringLiteral("  Stichting   Test  "));
    EXPECT_EQ(OrganisationStore(db()).organisationName(), QStringLiteral("Stichting Test"));
}
