#include "OrganisationStore.h"

#include "Clock.h"
#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"

namespace kz {

namespace {

void bindLocation(SqlQuery& q, const Location& l)
{
    q.bind(QStringLiteral(":name"), l.name.trimmed())
        .bind(QStringLiteral(":organisation"), l.organisation)
        .bind(QStringLiteral(":lrk"), l.lrkNumber.isEmpty() ? QVariant() : QVariant(l.lrkNumber))
        .bind(QStringLiteral(":address"), l.address)
        .bind(QStringLiteral(":postcode"), l.postcode.trimmed().toUpper())
        .bind(QStringLiteral(":city"), l.city)
        .bind(QStringLiteral(":district"), l.district)
        .bind(QStringLiteral(":neighbourhood"), l.neighbourhood)
        .bind(QStringLiteral(":ve"), l.veProgramme.simplified());
}

void bindGroup(SqlQuery& q, const Group& g)
{
    q.bind(QStringLiteral(":location"), g.locationId)
        .bind(QStringLiteral(":name"), g.name.trimmed())
        .bind(QStringLiteral(":kind"), toCode(g.kind))
        .bind(QStringLiteral(":min"), g.minAgeMonths)
        .bind(QStringLiteral(":max"), g.maxAgeMonths)
        .bind(QStringLiteral(":capacity"), g.capacity)
        .bind(QStringLiteral(":archived"), g.archived ? 1 : 0);
}

Group readGroup(const SqlQuery& q)
{
    Group g;
    g.id = q.value(0).toLongLong();
    g.locationId = q.value(1).toLongLong();
    g.name = q.value(2).toString();
    g.kind = groupKindFromCode(q.value(3).toString()).value_or(GroupKind::Kdv);
    g.minAgeMonths = q.value(4).toInt();
    g.maxAgeMonths = q.value(5).toInt();
    g.capacity = q.value(6).toInt();
    g.archived = q.value(7).toBool();
    g.locationName = q.value(8).toString();
    return g;
}

Location readLocation(const SqlQuery& q)
{
    Location l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.organisation = q.value(2).toString();
    l.lrkNumber = q.value(3).toString();
    l.address = q.value(4).toString();
    l.postcode = q.value(5).toString();
    l.city = q.value(6).toString();
    l.district = q.value(7).toString();
    l.neighbourhood = q.value(8).toString();
    l.archived = q.value(9).toBool();
    l.veProgramme = q.value(10).toString();
    return l;
}

const QString locationColumns = QStringLiteral(
    "id, name, organisation, lrk_number, address, postcode, city, district, neighbourhood, archived, "
    "ve_programme");

const QString groupColumns = QStringLiteral("g.id, g.location_id, g.name, g.kind, g.min_age_months, "
                                            "g.max_age_months, g.capacity, g.archived, l.name");

} // namespace

void OrganisationStore::requireGroupAdmin(const Actor& actor, qint64 locationId) const
{
    if (!AccessPolicy::hasRole(m_db, actor, Role::Admin))
        AccessPolicy::requireManagerOfLocation(m_db, actor, locationId);
}

qint64 OrganisationStore::createLocation(const Actor& actor, const Location& location)
{
    Validator::check(location);
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO locations (name, organisation, lrk_number, address, postcode, city, "
                         "district, neighbourhood, ve_programme, created_at) VALUES (:name, :organisation, "
                         ":lrk, :address, :postcode, :city, :district, :neighbourhood, :ve, :now) "
                         "RETURNING id"));
    bindLocation(q, location);
    q.bind(QStringLiteral(":now"), sql::now()).exec();
    const qint64 id = q.insertedId();
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("location"), id);
    m_db.recordChange({Change::Subject::Organisation, id});
    transaction.commit();
    return id;
}

void OrganisationStore::updateLocation(const Actor& actor, const Location& location)
{
    Validator::check(location);
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    SqlQuery q(m_db,
               QStringLiteral("UPDATE locations SET name = :name, organisation = :organisation, "
                              "lrk_number = :lrk, address = :address, postcode = :postcode, city = :city, "
                              "district = :district, neighbourhood = :neighbourhood, ve_programme = :ve "
                              "WHERE id = :id"));
    bindLocation(q, location);
    q.bind(QStringLiteral(":id"), location.id).exec();
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, tr("The location was not found."));
    AuditLog::record(m_db, actor, QStringLiteral("update"), QStringLiteral("location"), location.id);
    m_db.recordChange({Change::Subject::Organisation, location.id});
    transaction.commit();
}

qint64 OrganisationStore::createGroup(const Actor& actor, const Group& group)
{
    Validator::check(group);
    Transaction transaction(m_db);
    requireGroupAdmin(actor, group.locationId);
    requireCurrentLocation(group.locationId);
    SqlQuery exists(m_db,
                    QStringLiteral("SELECT 1 FROM groups WHERE location_id = :location AND name = :name"));
    exists.bind(QStringLiteral(":location"), group.locationId)
        .bind(QStringLiteral(":name"), group.name.trimmed());
    if (exists.scalar())
        throw Error(Error::Kind::Conflict,
                    tr("This location already has a group called \"%1\".").arg(group.name));
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO groups (location_id, name, kind, min_age_months, max_age_months, "
                              "capacity, archived) VALUES (:location, :name, :kind, :min, :max, :capacity, "
                              ":archived) RETURNING id"));
    bindGroup(q, group);
    q.exec();
    const qint64 id = q.insertedId();
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("group"), id);
    m_db.recordChange({Change::Subject::Organisation, id});
    transaction.commit();
    return id;
}

void OrganisationStore::updateGroup(const Actor& actor, const Group& group)
{
    Validator::check(group);
    Transaction transaction(m_db);
    const Group current = this->group(actor, group.id);
    requireGroupAdmin(actor, current.locationId);
    requireGroupAdmin(actor, group.locationId);
    if (group.locationId != current.locationId)
        requireCurrentLocation(group.locationId);
    if (group.archived && !current.archived) {
        if (const int staying = childrenStaying(group.id, std::nullopt))
            throw Error(
                Error::Kind::Conflict,
                tr("This group still has %n child(ren) who have not left; move them to another group or "
                   "record that they left before archiving it.",
                   nullptr, staying));
    }
    SqlQuery duplicate(m_db,
                       QStringLiteral("SELECT 1 FROM groups WHERE location_id = :location AND name = :name "
                                      "AND id <> :id"));
    duplicate.bind(QStringLiteral(":location"), group.locationId)
        .bind(QStringLiteral(":name"), group.name.trimmed())
        .bind(QStringLiteral(":id"), group.id);
    if (duplicate.scalar())
        throw Error(Error::Kind::Conflict,
                    tr("This location already has a group called \"%1\".").arg(group.name));
    SqlQuery q(m_db, QStringLiteral("UPDATE groups SET location_id = :location, name = :name, kind = :kind, "
                                    "min_age_months = :min, max_age_months = :max, capacity = :capacity, "
                                    "archived = :archived WHERE id = :id"));
    bindGroup(q, group);
    q.bind(QStringLiteral(":id"), group.id).exec();
    AuditLog::record(m_db, actor, QStringLiteral("update"), QStringLiteral("group"), group.id);
    m_db.recordChange({Change::Subject::Organisation, group.id});
    transaction.commit();
}

QList<Location> OrganisationStore::locations(const Actor& actor, bool includeArchived) const
{
    const bool admin = AccessPolicy::hasRole(m_db, actor, Role::Admin);
    SqlQuery q(m_db, AccessPolicy::scopeCte() + QStringLiteral("SELECT ") + locationColumns +
                         QStringLiteral(" FROM locations "
                                        "WHERE (:all = 1 OR archived = 0) AND (:admin = 1 "
                                        "OR id IN (SELECT id FROM managed_locations) "
                                        "OR id IN (SELECT g.location_id FROM groups g "
                                        "          WHERE g.id IN (SELECT id FROM visible_groups))) "
                                        "ORDER BY name"));
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":admin"), admin ? 1 : 0)
        .bind(QStringLiteral(":all"), includeArchived ? 1 : 0)
        .exec();
    QList<Location> result;
    while (q.next())
        result.append(readLocation(q));
    return result;
}

Location OrganisationStore::location(const Actor& actor, qint64 locationId) const
{
    for (const Location& l : locations(actor, true))
        if (l.id == locationId)
            return l;
    throw Error(Error::Kind::NotFound, tr("This location was not found among the locations you may see."));
}

QList<Group> OrganisationStore::groups(const Actor& actor, bool includeArchived) const
{
    const bool admin = AccessPolicy::hasRole(m_db, actor, Role::Admin);
    SqlQuery q(m_db, AccessPolicy::scopeCte() + QStringLiteral("SELECT ") + groupColumns +
                         QStringLiteral(" FROM groups g JOIN locations l ON l.id = g.location_id "
                                        "WHERE (:all = 1 OR (g.archived = 0 AND l.archived = 0)) "
                                        "AND (:admin = 1 OR g.id IN (SELECT id FROM visible_groups)) "
                                        "ORDER BY l.name, g.name"));
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":admin"), admin ? 1 : 0)
        .bind(QStringLiteral(":all"), includeArchived ? 1 : 0)
        .exec();
    QList<Group> result;
    while (q.next())
        result.append(readGroup(q));
    return result;
}

Group OrganisationStore::group(const Actor& actor, qint64 groupId) const
{
    const bool admin = AccessPolicy::hasRole(m_db, actor, Role::Admin);
    if (!admin && !AccessPolicy::canSeeGroup(m_db, actor, groupId))
        throw Error(Error::Kind::NotFound, tr("This group was not found among the groups you may see."));
    SqlQuery q(
        m_db, QStringLiteral("SELECT ") + groupColumns +
                  QStringLiteral(" FROM groups g JOIN locations l ON l.id = g.location_id WHERE g.id = :id"));
    q.bind(QStringLiteral(":id"), groupId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This group was not found among the groups you may see."));
    return readGroup(q);
}

void OrganisationStore::requireCurrentLocation(qint64 locationId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT archived FROM locations WHERE id = :id"));
    q.bind(QStringLiteral(":id"), locationId);
    const auto archived = q.scalar();
    if (!archived)
        throw Error(Error::Kind::NotFound, tr("The location was not found."));
    if (archived->toBool())
        throw Error(Error::Kind::Validation, tr("This location is archived; choose a current location."));
}

int OrganisationStore::childrenStaying(std::optional<qint64> groupId, std::optional<qint64> locationId) const
{
    // A child has left once her end date has passed; one leaving today still counts. Counted over
    // every child, also those out of the administrator's sight (a server shows her none).
    SqlQuery q(m_db, m_db.dialect().childrenStayingCount());
    q.bind(QStringLiteral(":group"), sql::id(groupId))
        .bind(QStringLiteral(":location"), sql::id(locationId))
        .bind(QStringLiteral(":today"), sql::date(Clock::today()));
    return q.scalar().value_or(0).toInt();
}

void OrganisationStore::archiveLocation(const Actor& actor, qint64 locationId)
{
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    const Location current = location(actor, locationId);
    if (current.archived)
        throw Error(Error::Kind::Conflict, tr("This location is archived already."));
    if (const int staying = childrenStaying(std::nullopt, locationId))
        throw Error(
            Error::Kind::Conflict,
            tr("This location still has %n child(ren) who have not left; move them to another location's "
               "group or record that they left before archiving it.",
               nullptr, staying));
    SqlQuery groups(
        m_db, QStringLiteral("UPDATE groups SET archived = 1 WHERE location_id = :id AND archived = 0"));
    groups.bind(QStringLiteral(":id"), locationId).exec();
    SqlQuery q(m_db, QStringLiteral("UPDATE locations SET archived = 1 WHERE id = :id"));
    q.bind(QStringLiteral(":id"), locationId).exec();
    AuditLog::record(m_db, actor, QStringLiteral("archive"), QStringLiteral("location"), locationId,
                     std::nullopt,
                     QStringLiteral("%1 groups archived with it").arg(groups.numRowsAffected()));
    m_db.recordChange({Change::Subject::Organisation, locationId});
    transaction.commit();
}

void OrganisationStore::archiveGroup(const Actor& actor, qint64 groupId)
{
    Transaction transaction(m_db);
    SqlQuery find(m_db, QStringLiteral("SELECT location_id, archived FROM groups WHERE id = :id"));
    find.bind(QStringLiteral(":id"), groupId).exec();
    if (!find.next())
        throw Error(Error::Kind::NotFound, tr("This group was not found among the groups you may see."));
    requireGroupAdmin(actor, find.value(0).toLongLong());
    if (find.value(1).toBool())
        throw Error(Error::Kind::Conflict, tr("This group is archived already."));
    if (const int staying = childrenStaying(groupId, std::nullopt))
        throw Error(Error::Kind::Conflict,
                    tr("This group still has %n child(ren) who have not left; move them to another group or "
                       "record that they left before archiving it.",
                       nullptr, staying));
    SqlQuery q(m_db, QStringLiteral("UPDATE groups SET archived = 1 WHERE id = :id"));
    q.bind(QStringLiteral(":id"), groupId).exec();
    AuditLog::record(m_db, actor, QStringLiteral("archive"), QStringLiteral("group"), groupId);
    m_db.recordChange({Change::Subject::Organisation, groupId});
    transaction.commit();
}

QString OrganisationStore::organisationName() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'organisation_name'"));
    return q.scalar().value_or(QVariant()).toString();
}

void OrganisationStore::setOrganisationName(const Actor& actor, const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        throw Error(Error::Kind::Validation, tr("The organisation's name may not be empty."));
    if (trimmed.size() > 200)
        throw Error(Error::Kind::Validation, tr("The organisation's name is longer than 200 characters."));
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    SqlQuery q(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('organisation_name', :name) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":name"), trimmed).exec();
    AuditLog::record(m_db, actor, QStringLiteral("settings"), QStringLiteral("organisation"), std::nullopt);
    m_db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
}

} // namespace kz
