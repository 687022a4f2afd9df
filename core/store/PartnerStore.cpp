#include "PartnerStore.h"

#include "AuditLog.h"
#include "Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"
#include "services/AccessPolicy.h"

#include <QUuid>

namespace kz {

namespace {

const QString partnerColumns = QStringLiteral(
    "SELECT p.id, p.hsds_id, p.name, p.description, c.code, p.address, p.postcode, p.city, p.phone, p.email, "
    "p.website, p.minimum_age, p.maximum_age, p.audience, p.languages, p.status, p.assured_date, p.assurer "
    "FROM partners p JOIN partner_categories c ON c.id = p.category_id ");

QStringList splitList(const QString& text)
{
    QStringList result;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

std::optional<int> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

Partner readPartner(const SqlQuery& q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.hsdsId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.categoryCode = q.value(4).toString();
    p.address = q.value(5).toString();
    p.postcode = q.value(6).toString();
    p.city = q.value(7).toString();
    p.phone = q.value(8).toString();
    p.email = q.value(9).toString();
    p.website = q.value(10).toString();
    p.minimumAge = optionalInt(q.value(11));
    p.maximumAge = optionalInt(q.value(12));
    p.audience = splitList(q.value(13).toString());
    p.languages = splitList(q.value(14).toString());
    p.status = partnerStatusFromCode(q.value(15).toString()).value_or(PartnerStatus::Active);
    p.assuredDate = sql::toOptionalDate(q.value(16));
    p.assurer = q.value(17).toString();
    return p;
}

void bindPartner(SqlQuery& q, const Partner& p, qint64 categoryId)
{
    q.bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":description"), p.description)
        .bind(QStringLiteral(":category"), categoryId)
        .bind(QStringLiteral(":address"), p.address.trimmed())
        .bind(QStringLiteral(":postcode"), p.postcode.trimmed().toUpper())
        .bind(QStringLiteral(":city"), p.city.trimmed())
        .bind(QStringLiteral(":phone"), p.phone.trimmed())
        .bind(QStringLiteral(":email"), p.email.trimmed())
        .bind(QStringLiteral(":website"), p.website.trimmed())
        .bind(QStringLiteral(":min"), p.minimumAge ? QVariant(*p.minimumAge) : QVariant())
        .bind(QStringLiteral(":max"), p.maximumAge ? QVariant(*p.maximumAge) : QVariant())
        .bind(QStringLiteral(":audience"), p.audience.join(QStringLiteral(", ")))
        .bind(QStringLiteral(":languages"), p.languages.join(QStringLiteral(", ")))
        .bind(QStringLiteral(":status"), toCode(p.status))
        .bind(QStringLiteral(":assured"), sql::date(p.assuredDate))
        .bind(QStringLiteral(":assurer"), p.assurer)
        .bind(QStringLiteral(":now"), sql::now());
}

} // namespace

void PartnerStore::requireReader(const Actor& actor) const
{
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Practitioner, Role::Manager, Role::Admin});
}

qint64 PartnerStore::categoryId(const QString& code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM partner_categories WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code);
    const auto id = q.scalar();
    if (!id)
        throw Error(Error::Kind::Validation, tr("The category \"%1\" does not exist.").arg(code));
    return id->toLongLong();
}

void PartnerStore::writeDetails(qint64 partnerId, const Partner& partner) const
{
    SqlQuery clearAreas(m_db, QStringLiteral("DELETE FROM partner_service_areas WHERE partner_id = :id"));
    clearAreas.bind(QStringLiteral(":id"), partnerId).exec();
    for (const QString& area : partner.serviceAreas) {
        if (area.trimmed().isEmpty())
            continue;
        SqlQuery q(m_db, QStringLiteral("INSERT OR IGNORE INTO partner_service_areas (partner_id, area) "
                                        "VALUES (:id, :area)"));
        q.bind(QStringLiteral(":id"), partnerId).bind(QStringLiteral(":area"), area.trimmed()).exec();
    }
    SqlQuery clearContacts(m_db, QStringLiteral("DELETE FROM partner_contacts WHERE partner_id = :id"));
    clearContacts.bind(QStringLiteral(":id"), partnerId).exec();
    for (const PartnerContact& contact : partner.contacts) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO partner_contacts (partner_id, name, role, phone, email) "
                                        "VALUES (:id, :name, :role, :phone, :email)"));
        q.bind(QStringLiteral(":id"), partnerId)
            .bind(QStringLiteral(":name"), contact.name.trimmed())
            .bind(QStringLiteral(":role"), contact.role.trimmed())
            .bind(QStringLiteral(":phone"), contact.phone.trimmed())
            .bind(QStringLiteral(":email"), contact.email.trimmed())
            .exec();
    }
}

qint64 PartnerStore::create(const Actor& actor, const Partner& partner)
{
    Validator::check(partner);
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Manager, Role::Admin});
    const QString hsdsId = partner.hsdsId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                    : partner.hsdsId;
    SqlQuery exists(m_db, QStringLiteral("SELECT 1 FROM partners WHERE hsds_id = :id"));
    exists.bind(QStringLiteral(":id"), hsdsId);
    if (exists.scalar())
        throw Error(Error::Kind::Conflict, tr("A partner with this identifier exists already."), hsdsId);
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO partners (hsds_id, name, description, category_id, address, postcode, city, "
                         "phone, email, website, minimum_age, maximum_age, audience, languages, status, assured_date, "
                         "assurer, created_at, updated_at) VALUES (:hsds, :name, :description, :category, :address, "
                         ":postcode, :city, :phone, :email, :website, :min, :max, :audience, :languages, :status, "
                         ":assured, :assurer, :now, :now)"));
    bindPartner(q, partner, categoryId(partner.categoryCode));
    q.bind(QStringLiteral(":hsds"), hsdsId).exec();
    const qint64 id = q.lastInsertId();
    writeDetails(id, partner);
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("partner"), id);
    transaction.commit();
    return id;
}

void PartnerStore::update(const Actor& actor, const Partner& partner)
{
    Validator::check(partner);
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Manager, Role::Admin});
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE partners SET name = :name, description = :description, category_id = :category, "
                         "address = :address, postcode = :postcode, city = :city, phone = :phone, email = :email, "
                         "website = :website, minimum_age = :min, maximum_age = :max, audience = :audience, "
                         "languages = :languages, status = :status, assured_date = :assured, assurer = :assurer, "
                         "updated_at = :now WHERE id = :id"));
    bindPartner(q, partner, categoryId(partner.categoryCode));
    q.bind(QStringLiteral(":id"), partner.id).exec();
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, tr("This partner was not found."));
    writeDetails(partner.id, partner);
    AuditLog::record(m_db, actor, QStringLiteral("update"), QStringLiteral("partner"), partner.id);
    transaction.commit();
}

void PartnerStore::setStatus(const Actor& actor, qint64 partnerId, PartnerStatus status)
{
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Manager, Role::Admin});
    SqlQuery q(m_db, QStringLiteral("UPDATE partners SET status = :status, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":status"), toCode(status))
        .bind(QStringLiteral(":now"), sql::now())
        .bind(QStringLiteral(":id"), partnerId)
        .exec();
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, tr("This partner was not found."));
    AuditLog::record(m_db, actor, QStringLiteral("status"), QStringLiteral("partner"), partnerId, std::nullopt,
                     toCode(status));
    transaction.commit();
}

Partner PartnerStore::get(const Actor& actor, qint64 partnerId) const
{
    requireReader(actor);
    SqlQuery q(m_db, partnerColumns + QStringLiteral("WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), partnerId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This partner was not found."));
    Partner p = readPartner(q);
    SqlQuery areas(m_db, QStringLiteral("SELECT area FROM partner_service_areas WHERE partner_id = :id ORDER BY area"));
    areas.bind(QStringLiteral(":id"), partnerId).exec();
    while (areas.next())
        p.serviceAreas.append(areas.value(0).toString());
    SqlQuery contacts(m_db, QStringLiteral("SELECT id, name, role, phone, email FROM partner_contacts "
                                           "WHERE partner_id = :id ORDER BY id"));
    contacts.bind(QStringLiteral(":id"), partnerId).exec();
    while (contacts.next()) {
        p.contacts.append({contacts.value(0).toLongLong(), contacts.value(1).toString(), contacts.value(2).toString(),
                           contacts.value(3).toString(), contacts.value(4).toString()});
    }
    return p;
}

QList<Partner> PartnerStore::list(const Actor& actor) const
{
    requireReader(actor);
    SqlQuery q(m_db, partnerColumns + QStringLiteral("ORDER BY p.name, p.id"));
    q.exec();
    QList<Partner> result;
    while (q.next())
        result.append(readPartner(q));
    SqlQuery areas(m_db, QStringLiteral("SELECT partner_id, area FROM partner_service_areas ORDER BY area"));
    areas.exec();
    QHash<qint64, QStringList> areasByPartner;
    while (areas.next())
        areasByPartner[areas.value(0).toLongLong()].append(areas.value(1).toString());
    for (Partner& p : result)
        p.serviceAreas = areasByPartner.value(p.id);
    return result;
}

QStringList PartnerStore::escalationCategories()
{
    return {QStringLiteral("early_intervention"), QStringLiteral("education_support"), QStringLiteral("youth_family")};
}

QList<Partner> PartnerStore::activeInCategories(const Actor& actor, const QStringList& categoryCodes) const
{
    QList<Partner> result;
    for (const Partner& p : list(actor))
        if (p.status == PartnerStatus::Active && categoryCodes.contains(p.categoryCode))
            result.append(p);
    return result;
}

QList<PartnerCategory> PartnerStore::categories() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, label_nl, label_en, domain_id FROM partner_categories "
                                    "ORDER BY id"));
    q.exec();
    QList<PartnerCategory> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       sql::toOptionalId(q.value(4))});
    }
    return result;
}

} // namespace kz
