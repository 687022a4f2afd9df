#include "SmallLocationFixture.h"

#include "store/ChildStore.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

using namespace kz;

SmallLocationFixture::SmallLocationFixture() : m_clock(QDate(2030, 3, 4)) {}

void SmallLocationFixture::SetUp()
{
    AppFixture::SetUp();
    m_small = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("kastanje.db"))));
    UserStore users(*m_small);
    m_admin = users.createFirstAdmin(QStringLiteral("beheer"), QStringLiteral("Beheer"), QString());
    OrganisationStore organisation(*m_small);
    Location location;
    location.name = QStringLiteral("De Kastanje");
    location.city = QStringLiteral("Den Haag");
    m_location = organisation.createLocation(m_admin, location);
    auto group = [&](const QString& name) {
        Group g;
        g.locationId = m_location;
        g.name = name;
        g.minAgeMonths = 0;
        g.maxAgeMonths = 48;
        return organisation.createGroup(m_admin, g);
    };
    m_egelsGroup = group(QStringLiteral("Egels"));
    m_uilenGroup = group(QStringLiteral("Uilen"));
    auto user = [&](const QString& name, const QString& display, Role role, QList<qint64> groups,
                    QList<qint64> locations) {
        User u;
        u.username = name;
        u.displayName = display;
        u.roles = {role};
        u.groupIds = groups;
        u.locationIds = locations;
        users.create(m_admin, u, QStringLiteral("kastanje-2030!"));
        return *users.actorByUsername(name);
    };
    m_manager = user(QStringLiteral("mira"), QStringLiteral("Mira Jansen"), Role::Manager, {}, {m_location});
    m_egels =
        user(QStringLiteral("pien"), QStringLiteral("Pien de Wit"), Role::Practitioner, {m_egelsGroup}, {});
    m_uilen =
        user(QStringLiteral("ruud"), QStringLiteral("Ruud Smit"), Role::Practitioner, {m_uilenGroup}, {});
}

qint64 SmallLocationFixture::childNamed(const QString& fullName) const
{
    for (const ChildSummary& s :
         ChildStore(*m_small).list(m_manager, ChildFilter{.groupId = std::nullopt, .includeLeft = true}))
        if (s.child.fullName() == fullName)
            return s.child.id;
    return 0;
}
