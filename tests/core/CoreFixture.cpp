#include "CoreFixture.h"

#include "Clock.h"
#include "Error.h"
#include "db/SqlQuery.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

using namespace kz;

bool CoreFixture::onServer()
{
    return qEnvironmentVariable("KINDZICHT_TEST_ENGINE") == QLatin1String("postgres");
}

QString CoreFixture::databaseLocation() const
{
    if (!m_serverDatabase)
        return databasePath();
    return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(m_serverDatabase->name(), *m_socket);
}

void CoreFixture::TearDown()
{
    m_db.reset(); // the connection closes before its database is dropped
    m_serverDatabase.reset();
}

void CoreFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    if (onServer()) {
        m_socket = test::postgresSocket();
        if (!m_socket) {
            if (test::postgresRequired())
                FAIL() << qPrintable(test::postgresMissingMessage());
            GTEST_SKIP() << qPrintable(test::postgresMissingMessage());
        }
        m_serverDatabase = std::make_unique<test::ScratchPostgresDatabase>(
            *m_socket, test::ScratchPostgresDatabase::Start::Migrated);
        ASSERT_TRUE(m_serverDatabase->created());
    }
    try {
        m_db = std::make_unique<Database>(Database::open(databaseLocation()));
    } catch (const Error& e) { // the engine's own words, for what it read differently
        FAIL() << qPrintable(e.userMessage()) << "\n" << qPrintable(e.detail());
    }

    UserStore users(db());
    admin = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"), QString());
    OrganisationStore organisation(db());
    Location a;
    a.name = QStringLiteral("Locatie A");
    locationA = organisation.createLocation(admin, a);
    Location b;
    b.name = QStringLiteral("Locatie B");
    locationB = organisation.createLocation(admin, b);
    auto group = [&](qint64 location, const QString& name) {
        Group g;
        g.locationId = location;
        g.name = name;
        g.minAgeMonths = 24;
        g.maxAgeMonths = 48;
        return organisation.createGroup(admin, g);
    };
    groupA1 = group(locationA, QStringLiteral("A1"));
    groupA2 = group(locationA, QStringLiteral("A2"));
    groupB1 = group(locationB, QStringLiteral("B1"));

    auto user = [&](const QString& name, QList<Role> roles, QList<qint64> groups, QList<qint64> locations) {
        User u;
        u.username = name;
        u.displayName = name;
        u.roles = roles;
        u.groupIds = groups;
        u.locationIds = locations;
        const qint64 id = users.create(admin, u, QString());
        return Actor{id, name, name, roles};
    };
    adminManager = user(QStringLiteral("adminmanager"), {Role::Admin, Role::Manager}, {}, {locationA});
    managerA = user(QStringLiteral("managera"), {Role::Manager}, {}, {locationA});
    managerB = user(QStringLiteral("managerb"), {Role::Manager}, {}, {locationB});
    practitionerA1 = user(QStringLiteral("practa1"), {Role::Practitioner}, {groupA1}, {});
    practitionerA2 = user(QStringLiteral("practa2"), {Role::Practitioner}, {groupA2}, {});
    practitionerB = user(QStringLiteral("practb"), {Role::Practitioner}, {groupB1}, {});

    ChildStore children(db());
    childA1 = children.create(managerA, childTemplate(groupA1, QStringLiteral("Anna")));
    childA2 = children.create(managerA, childTemplate(groupA2, QStringLiteral("Bas")));
    childB1 = children.create(managerB, childTemplate(groupB1, QStringLiteral("Cem")));
}

Child CoreFixture::childTemplate(qint64 groupId, const QString& givenName) const
{
    Child c;
    c.givenName = givenName;
    c.familyName = QStringLiteral("Testkind");
    c.birthDate = Clock::today().addYears(-3);
    c.startDate = Clock::today().addYears(-1);
    c.groupId = groupId;
    c.neighbourhood = QStringLiteral("Mariahoeve & Marlot");
    c.homeLanguages = QStringLiteral("Nederlands");
    return c;
}

qint64 CoreFixture::domainId(const QString& code) const
{
    return DomainStore(db()).byCode(code).value().id;
}

int CoreFixture::countRows(const QString& table) const
{
    SqlQuery q(db(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.scalar().value().toInt();
}
