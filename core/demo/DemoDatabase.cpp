#include "DemoDatabase.h"

#include "Clock.h"
#include "DemoConversations.h"
#include "DemoFamilies.h"
#include "DemoHandovers.h"
#include "DemoMilestones.h"
#include "DemoPartners.h"
#include "DemoPlans.h"
#include "DemoTexts.h"
#include "Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "services/Retention.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/ObservationStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <optional>

namespace kz {

namespace {

class Generator
{
public:
    Generator(const Database& db, const QDate& today) : m_db(db), m_today(today), m_random(20251122u) {}

    DemoSummary run();

private:
    int between(int low, int high) { return static_cast<int>(m_random.bounded(low, high + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    QString pickDomainCode();
    void createUsers(const QList<qint64>& locationIds, const QHash<QString, qint64>& groupIds);
    void createChildren(const LocationPlan& plan, const QList<qint64>& groupIds, const Actor& manager,
                        bool milestones);
    Child inventChild();
    void createMilestones(const QList<qint64>& groupIds, const Actor& manager);
    static QString practitionerFor(const QString& groupName);
    void backdateHistory();
    void createNeedsAndObservations(qint64 childId, const Child& child, const Actor& author);

    const Database& m_db;
    QDate m_today;
    QRandomGenerator m_random;
    DemoSummary m_summary;
    Actor m_admin;
    QHash<QString, Actor> m_actors;
    QHash<QString, qint64> m_domainIds;
    QHash<QString, QList<qint64>> m_partnersByCategory;
    QSet<QString> m_usedNames;
    QList<qint64> m_nearFour; // the handover list's first children, in DemoMilestones::nearFourDays order
    qint64 m_followUpChild = 0;
};

QString Generator::pickDomainCode()
{
    int total = 0;
    for (const auto& [code, weight] : demoDomainWeights())
        total += weight;
    int roll = between(1, total);
    for (const auto& [code, weight] : demoDomainWeights()) {
        roll -= weight;
        if (roll <= 0)
            return QString::fromLatin1(code);
    }
    return QStringLiteral("language");
}

void Generator::createUsers(const QList<qint64>& locationIds, const QHash<QString, qint64>& groupIds)
{
    const QString pw = QString::fromLatin1(DemoDatabase::password);
    UserStore users(m_db);
    auto add = [&](const QString& username, const QString& name, QList<Role> roles, QList<qint64> groups,
                   QList<qint64> locations) {
        User u;
        u.username = username;
        u.displayName = name;
        u.roles = roles;
        u.groupIds = groups;
        u.locationIds = locations;
        const qint64 id = users.create(m_admin, u, pw);
        m_actors.insert(username, Actor{id, username, name, roles});
        ++m_summary.users;
    };
    add(QStringLiteral("saskia"), QStringLiteral("Saskia de Wit"), {Role::Manager}, {}, {locationIds[0]});
    add(QStringLiteral("joost"), QStringLiteral("Joost Verbeek"), {Role::Manager}, {}, {locationIds[1]});
    add(QStringLiteral("fatima"), QStringLiteral("Fatima El Idrissi"), {Role::Practitioner},
        {groupIds.value(QStringLiteral("Dolfijnen")), groupIds.value(QStringLiteral("Egeltjes"))}, {});
    add(QStringLiteral("anouk"), QStringLiteral("Anouk Jansen"), {Role::Practitioner},
        {groupIds.value(QStringLiteral("Zeesterren")), groupIds.value(QStringLiteral("Uilen"))}, {});
    add(QStringLiteral("lotte"), QStringLiteral("Lotte van Dijk"), {Role::Practitioner},
        {groupIds.value(QStringLiteral("Duinroosjes")), groupIds.value(QStringLiteral("Zeehondjes")),
         groupIds.value(QStringLiteral("Meeuwen"))},
        {});
    add(QStringLiteral("marco"), QStringLiteral("Marco Bakker"), {Role::Admin, Role::Manager}, {},
        locationIds);
}

// The stores stamp each step with the moment it is recorded, which for the demo is one afternoon.
// Spread the steps over the months the needs have run, so the timeline reads like real life.
void Generator::backdateHistory()
{
    // Signalled in the morning, parents told in the afternoon, closed at four; the steps between a
    // week after signalling, then nine days apart, never after yesterday (worked out here, not in SQL).
    SqlQuery steps(
        m_db, QStringLiteral("SELECT h.id, h.field, h.to_value, n.signalled_on, n.closed_on, h.id - (SELECT "
                             "MIN(f.id) FROM support_need_history f WHERE f.need_id = h.need_id) "
                             "FROM support_need_history h JOIN support_needs n ON n.id = h.need_id "
                             "WHERE h.field IN ('created', 'parents_informed', 'status')"));
    steps.exec();
    QList<std::pair<qint64, QDateTime>> moments;
    const auto at = [](const QDate& day, int hour) { return QDateTime(day, QTime(hour, 0), Qt::UTC); };
    while (steps.next()) {
        const QString field = steps.value(1).toString();
        const QDate signalled = sql::toDate(steps.value(3));
        QDateTime moment;
        if (field == QLatin1String("created"))
            moment = at(signalled, 8).addSecs(30 * 60);
        else if (field == QLatin1String("parents_informed"))
            moment = at(sql::toDate(steps.value(2)), 15);
        else if (steps.value(2).toString() == QLatin1String("closed"))
            moment = at(sql::toDate(steps.value(4)), 16);
        else
            moment =
                at(std::min(signalled.addDays(7 + 9 * steps.value(5).toLongLong()), m_today.addDays(-1)), 13);
        moments.append({steps.value(0).toLongLong(), moment});
    }
    steps.finish();
    SqlQuery write(m_db, QStringLiteral("UPDATE support_need_history SET changed_at = :at WHERE id = :id"));
    for (const auto& [id, moment] : moments)
        if (moment.isValid())
            write.bind(QStringLiteral(":at"), sql::moment(moment)).bind(QStringLiteral(":id"), id).exec();
}

QString Generator::practitionerFor(const QString& groupName)
{
    if (groupName == QLatin1String("Dolfijnen") || groupName == QLatin1String("Egeltjes"))
        return QStringLiteral("fatima");
    if (groupName == QLatin1String("Zeesterren") || groupName == QLatin1String("Uilen"))
        return QStringLiteral("anouk");
    return QStringLiteral("lotte");
}

void Generator::createChildren(const LocationPlan& plan, const QList<qint64>& groupIds, const Actor& manager,
                               bool milestones)
{
    ChildStore children(m_db);
    for (qsizetype g = 0; g < plan.groups.size(); ++g) {
        const GroupPlan& group = plan.groups[g];
        const bool bso = group.kind == GroupKind::Bso;
        for (int i = 0; i < group.children; ++i) {
            Child c = inventChild();
            // 2 to 4 years for day care and pre-school, 4 to 6 for out-of-school care. The day-care
            // children closest to four are placed on purpose (see DemoMilestones), the rest younger.
            const bool nearFour =
                milestones && g == 0 && !bso && m_nearFour.size() < DemoMilestones::nearFourCount;
            const int ageDays =
                bso ? between(4 * 365 + 10, 6 * 365 + 300) : between(2 * 365 + 20, 4 * 365 - 140);
            c.birthDate = nearFour ? DemoMilestones::birthDateTurningFourIn(
                                         m_today, DemoMilestones::nearFourDays[m_nearFour.size()])
                                   : m_today.addDays(-ageDays);
            c.groupId = groupIds[g];
            c.startDate =
                std::max(c.birthDate.addMonths(group.minMonths - 12 > 0 ? 4 : 3), m_today.addMonths(-30));
            if (c.startDate < c.birthDate.addMonths(3))
                c.startDate = c.birthDate.addMonths(3);
            c.neighbourhood = plan.wijken[between(0, static_cast<int>(plan.wijken.size()) - 1)];
            c.homeLanguages = demoHomeLanguages(m_random);
            if (group.kind == GroupKind::PeuteropvangVe || chance(15))
                c.veIndicationDate = std::max(c.birthDate.addMonths(27), c.startDate);
            if ((c.veIndicationDate && *c.veIndicationDate > m_today) || nearFour)
                c.veIndicationDate.reset();
            const qint64 id = children.create(manager, c);
            c.id = id;
            ++m_summary.children;
            m_summary.guardians += addDemoGuardians(m_db, manager, c);
            if (nearFour)
                m_nearFour.append(id);
            else if (g == 0 && !bso && m_followUpChild == 0 && milestones)
                m_followUpChild = id;
            // The group's own practitioner writes the notes; the manager enrols.
            createNeedsAndObservations(id, c,
                                       m_actors.value(practitionerFor(QString::fromLatin1(group.name))));
        }
    }
}

Child Generator::inventChild()
{
    Child c;
    do {
        const DemoName name = demoName(m_random);
        c.givenName = name.given;
        c.familyName = name.family;
    } while (m_usedNames.contains(c.fullName()));
    m_usedNames.insert(c.fullName());
    return c;
}

void Generator::createMilestones(const QList<qint64>& groupIds, const Actor& manager)
{
    const QList<qint64> speechTherapists = m_partnersByCategory.value(QStringLiteral("speech_therapy"));
    DemoMilestones::addOverdueNeedWithWaitingReferral(
        m_db, m_actors.value(practitionerFor(QStringLiteral("Dolfijnen"))), m_followUpChild,
        m_domainIds.value(QStringLiteral("language")), speechTherapists.value(0), m_today);
    ++m_summary.needs;
    m_summary.referrals += speechTherapists.isEmpty() ? 0 : 1;
    m_summary.childrenWhoLeft = DemoMilestones::addChildrenWhoLeft(
        m_db, manager, groupIds.value(0), m_domainIds.value(QStringLiteral("social_emotional")),
        {inventChild(), inventChild()}, m_today, Retention::months(m_db));
}

void Generator::createNeedsAndObservations(qint64 childId, const Child& child, const Actor& author)
{
    SupportNeedStore needs(m_db);
    ObservationStore observations(m_db);
    ReferralStore referrals(m_db);
    const QDate earliest = std::max(child.startDate, m_today.addMonths(-8));
    const int spanDays = static_cast<int>(earliest.daysTo(m_today));

    QList<QPair<qint64, QString>> openNeeds;
    const int needCount = chance(50) ? (chance(30) ? 2 : 1) : 0;
    for (int n = 0; n < needCount; ++n) {
        const QString code = pickDomainCode();
        SupportNeed need;
        need.childId = childId;
        need.domainId = m_domainIds.value(code);
        need.level = chance(10) ? 3 : (chance(20) ? 1 : 2);
        need.description = demoNeedDescription(code, m_random);
        need.strengths = demoStrength(m_random);
        need.agreedActions = demoAction(code, m_random);
        need.signalledOn = earliest.addDays(between(0, std::max(0, spanDays - 10)));
        if (chance(70))
            need.reviewDate = need.signalledOn.addDays(between(30, 120));
        const qint64 needId = needs.create(author, need);
        ++m_summary.needs;
        const QDate informed = need.signalledOn.addDays(between(2, 25));
        if (chance(75) && informed <= m_today)
            needs.recordParentsInformed(author, needId, informed, demoParentResponse(m_random));
        if (chance(60))
            needs.changeStatus(author, needId, NeedStatus::DiscussedWithParents,
                               QStringLiteral("Oudergesprek gevoerd."));
        if (chance(45))
            needs.changeStatus(author, needId, NeedStatus::SupportInPlace,
                               QStringLiteral("Aanpak op de groep gestart."));
        if (chance(20)) {
            needs.close(author, needId, QStringLiteral("Doelen bereikt; gaat goed op de groep."),
                        std::min(m_today, need.signalledOn.addDays(between(40, 150))));
        } else {
            openNeeds.append({needId, code});
            if (need.level >= 2 && chance(45)) {
                const QString category = code == QLatin1String("language") ? QStringLiteral("speech_therapy")
                                         : code == QLatin1String("basic_needs") ? QStringLiteral("welfare")
                                         : need.level == 3 ? QStringLiteral("early_intervention")
                                                           : QStringLiteral("youth_family");
                const QList<qint64> candidates = m_partnersByCategory.value(category);
                if (!candidates.isEmpty()) {
                    Referral r;
                    r.needId = needId;
                    r.partnerId = candidates[between(0, static_cast<int>(candidates.size()) - 1)];
                    r.referredOn = need.signalledOn.addDays(between(5, 30));
                    if (r.referredOn > m_today)
                        r.referredOn = m_today;
                    r.status = chance(65) ? ReferralStatus::Waiting : ReferralStatus::Registered;
                    referrals.create(author, r);
                    ++m_summary.referrals;
                }
            }
        }
    }

    const int observationCount = between(5, 14);
    for (int i = 0; i < observationCount; ++i) {
        Observation o;
        o.childId = childId;
        const QDate day = earliest.addDays(between(0, spanDays));
        o.observedAt = QDateTime(day, QTime(between(8, 17), between(0, 59)));
        if (o.observedAt > Clock::now())
            o.observedAt = Clock::now().addSecs(-between(60, 3600));
        const bool aboutNeed = !openNeeds.isEmpty() && chance(40);
        const QString code = aboutNeed ? openNeeds.constFirst().second : pickDomainCode();
        o.kind = chance(45) ? ObservationKind::Strength : ObservationKind::Concern;
        o.body = demoObservation(code, o.kind, child.givenName, m_random);
        o.domainIds = {m_domainIds.value(code)};
        if (aboutNeed)
            o.needId = openNeeds.constFirst().first;
        o.restricted = code == QLatin1String("family") && chance(50);
        observations.create(author, o);
        ++m_summary.observations;
    }
}

DemoSummary Generator::run()
{
    if (UserStore(m_db).hasUsers())
        throw Error(Error::Kind::Conflict,
                    DemoDatabase::tr("The demo can only be written into an empty database."));
    // One transaction: a demo is there whole or not at all, and it is written in seconds, not minutes.
    Transaction transaction(m_db);
    m_admin = UserStore(m_db).createFirstAdmin(QStringLiteral("beheer"), QStringLiteral("Beheerder"),
                                               QString::fromLatin1(DemoDatabase::password));
    ++m_summary.users;
    for (const DevelopmentDomain& d : DomainStore(m_db).all())
        m_domainIds.insert(d.code, d.id);

    PartnerStore partners(m_db);
    partners.defineAreas(m_admin, demoAreas());
    for (const Partner& p : demoPartners(m_today)) {
        const qint64 id = partners.create(m_admin, p);
        m_partnersByCategory[p.categoryCode].append(id);
        ++m_summary.partners;
    }

    OrganisationStore organisation(m_db);
    QList<qint64> locationIds;
    QHash<QString, qint64> groupIds;
    QList<QList<qint64>> groupsPerLocation;
    const QList<LocationPlan> plans = demoLocationPlans();
    for (const LocationPlan& plan : plans) {
        const qint64 locationId = organisation.createLocation(m_admin, plan.location);
        locationIds.append(locationId);
        ++m_summary.locations;
        QList<qint64> ids;
        for (const GroupPlan& g : plan.groups) {
            Group group;
            group.locationId = locationId;
            group.name = QString::fromLatin1(g.name);
            group.kind = g.kind;
            group.minAgeMonths = g.minMonths;
            group.maxAgeMonths = g.maxMonths;
            group.capacity = g.capacity;
            const qint64 id = organisation.createGroup(m_admin, group);
            ids.append(id);
            groupIds.insert(group.name, id);
            ++m_summary.groups;
        }
        groupsPerLocation.append(ids);
    }
    createUsers(locationIds, groupIds);
    const Actor saskia = m_actors.value(QStringLiteral("saskia"));
    createChildren(plans[0], groupsPerLocation[0], saskia, true);
    createChildren(plans[1], groupsPerLocation[1], m_actors.value(QStringLiteral("joost")), false);
    createMilestones(groupsPerLocation[0], saskia);

    // Children close to four at De Vlinderhof, one in each consent state.
    m_summary.handovers = createDemoHandovers(m_db, saskia, m_nearFour, m_today);
    m_summary.conversations = createDemoConversations(m_db, saskia, locationIds[0], m_today);

    backdateHistory();
    SqlQuery::run(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo', '1')"));
    SqlQuery::run(m_db, QStringLiteral("ANALYZE"));
    transaction.commit();
    return m_summary;
}

} // namespace

DemoSummary DemoDatabase::fill(const Database& db, const QDate& today)
{
    // The stores stamp and check against the core clock: a demo made "as of" another day moves it.
    std::optional<ScopedClock> asOf;
    if (today != Clock::today())
        asOf.emplace(today);
    return Generator(db, today).run();
}

bool DemoDatabase::isDemo(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT value FROM meta WHERE key = 'demo'"));
    const auto value = q.scalar();
    return value && value->toString() == QLatin1String("1");
}

} // namespace kz
