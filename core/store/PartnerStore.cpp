#include "PartnerStore.h"

#include "Error.h"
#include "PartnerRows.h"
#include "RowVersion.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"

#include <QHash>
#include <QUuid>

namespace kz {

void PartnerStore::requireReader(const Actor& actor) const
{
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Practitioner, Role::Manager, Role::Admin});
}

void PartnerStore::requireKeeper(const Actor& actor) const
{
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Manager, Role::Admin});
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

qint64 PartnerStore::create(const Actor& actor, const Partner& partner)
{
    Validator::check(partner);
    Transaction transaction(m_db);
    requireKeeper(actor);
    Partner stored = partner;
    if (stored.hsdsId.isEmpty())
        stored.hsdsId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlQuery exists(m_db, QStringLiteral("SELECT 1 FROM partners WHERE hsds_id = :id"));
    exists.bind(QStringLiteral(":id"), stored.hsdsId);
    if (exists.scalar())
        throw Error(Error::Kind::Conflict, tr("A partner with this identifier exists already."),
                    stored.hsdsId);
    PartnerWriter writer(m_db);
    const qint64 id = writer.insert(stored, categoryId(stored.categoryCode));
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("partner"), id);
    m_db.recordChange({Change::Subject::Partner, id});
    transaction.commit();
    return id;
}

void PartnerStore::update(const Actor& actor, const Partner& partner, Overwrite overwrite)
{
    Validator::check(partner);
    Transaction transaction(m_db);
    requireKeeper(actor);
    const QString table = QStringLiteral("partners");
    RowVersion::require(m_db, table, partner.id, partner.version);
    const QString overwritten = RowVersion::overwriteDetail(m_db, table, partner.id, overwrite);
    PartnerWriter writer(m_db);
    const bool updated = writer.update(partner, categoryId(partner.categoryCode), actor);
    RowVersion::requireUpdated(m_db, updated ? 1 : 0, table, partner.id, partner.version);
    AuditLog::record(m_db, actor, RowVersion::auditAction(overwrite), QStringLiteral("partner"), partner.id,
                     std::nullopt, overwritten);
    m_db.recordChange({Change::Subject::Partner, partner.id});
    transaction.commit();
}

void PartnerStore::setStatus(const Actor& actor, qint64 partnerId, PartnerStatus status)
{
    Transaction transaction(m_db);
    requireKeeper(actor);
    SqlQuery q(m_db, QStringLiteral("UPDATE partners SET status = :status, ") + RowVersion::setClause() +
                         QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":status"), toCode(status)).bind(QStringLiteral(":id"), partnerId);
    RowVersion::bindChange(q, actor);
    q.exec();
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, tr("This partner was not found."));
    AuditLog::record(m_db, actor, QStringLiteral("status"), QStringLiteral("partner"), partnerId,
                     std::nullopt, toCode(status));
    m_db.recordChange({Change::Subject::Partner, partnerId});
    transaction.commit();
}

void PartnerStore::markVerified(const Actor& actor, qint64 partnerId, const QDate& today)
{
    Transaction transaction(m_db);
    requireKeeper(actor);
    SqlQuery q(m_db, QStringLiteral("UPDATE partners SET assured_date = :date, assurer = :by, ") +
                         RowVersion::setClause() + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":date"), sql::date(today))
        .bind(QStringLiteral(":by"), actor.displayName.isEmpty() ? actor.username : actor.displayName)
        .bind(QStringLiteral(":id"), partnerId);
    RowVersion::bindChange(q, actor);
    q.exec();
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, tr("This partner was not found."));
    AuditLog::record(m_db, actor, QStringLiteral("verify"), QStringLiteral("partner"), partnerId);
    m_db.recordChange({Change::Subject::Partner, partnerId});
    transaction.commit();
}

void PartnerStore::importBatch(const Actor& actor, const PartnerImportBatch& batch)
{
    for (const Partner& p : batch.added)
        Validator::check(p);
    for (const Partner& p : batch.updated)
        Validator::check(p);
    Transaction transaction(m_db);
    requireKeeper(actor);
    for (const PartnerCategory& category : batch.newCategories) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO partner_categories (code, label_nl, label_en) "
                                        "VALUES (:code, :nl, :en) ON CONFLICT DO NOTHING"));
        q.bind(QStringLiteral(":code"), category.code)
            .bind(QStringLiteral(":nl"), category.labelNl)
            .bind(QStringLiteral(":en"), category.labelEn)
            .exec();
    }
    PartnerWriter writer(m_db);
    writer.checkUniqueInMemory(); // one read of the partners, not one per row written
    for (const Area& area : batch.newAreas)
        writer.ensureArea(area);
    QHash<QString, qint64> categoryIds;
    for (const PartnerCategory& category : categories())
        categoryIds.insert(category.code, category.id);
    const auto idOf = [&](const QString& code) {
        const auto it = categoryIds.constFind(code);
        if (it == categoryIds.constEnd())
            throw Error(Error::Kind::Validation, tr("The category \"%1\" does not exist.").arg(code));
        return *it;
    };
    for (const Partner& p : batch.added) {
        Partner stored = p;
        if (stored.hsdsId.isEmpty())
            stored.hsdsId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        writer.insert(stored, idOf(stored.categoryCode));
    }
    for (const Partner& p : batch.updated)
        if (!writer.update(p, idOf(p.categoryCode), actor))
            throw Error(Error::Kind::Conflict, tr("A partner changed while the import was being prepared; "
                                                  "read the file again."));
    // One row for the whole import: which file, and how much it changed.
    AuditLog::record(m_db, actor, QStringLiteral("import"), QStringLiteral("partner"), std::nullopt,
                     std::nullopt,
                     QStringLiteral("%1: %2 added, %3 updated")
                         .arg(batch.source)
                         .arg(batch.added.size())
                         .arg(batch.updated.size()));
    m_db.recordChange({Change::Subject::Partner, 0});
    transaction.commit();
}

void PartnerStore::defineAreas(const Actor& actor, const QList<Area>& areas)
{
    Transaction transaction(m_db);
    requireKeeper(actor);
    PartnerWriter writer(m_db);
    for (const Area& area : areas) {
        if (area.name.trimmed().isEmpty())
            throw Error(Error::Kind::Validation, tr("An area needs a name."));
        writer.ensureArea(area);
    }
    AuditLog::record(m_db, actor, QStringLiteral("define"), QStringLiteral("area"), std::nullopt,
                     std::nullopt, QString::number(areas.size()));
    m_db.recordChange({Change::Subject::Partner, 0});
    transaction.commit();
}

int PartnerStore::staleMonths() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'partner_stale_months'"));
    const auto value = q.scalar();
    return value ? value->toInt() : 6;
}

void PartnerStore::setStaleMonths(const Actor& actor, int months)
{
    if (months < 1 || months > 60)
        throw Error(Error::Kind::Validation, tr("The verification period must be between 1 and 60 months."));
    Transaction transaction(m_db);
    requireKeeper(actor);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('partner_stale_months', :months) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":months"), QString::number(months)).exec();
    AuditLog::record(m_db, actor, QStringLiteral("settings"), QStringLiteral("partner_freshness"),
                     std::nullopt, std::nullopt, QStringLiteral("%1 months").arg(months));
    m_db.recordChange({Change::Subject::Partner, 0});
    transaction.commit();
}

Partner PartnerStore::get(const Actor& actor, qint64 partnerId) const
{
    requireReader(actor);
    SqlQuery q(m_db, partnerSelect() + QStringLiteral("WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), partnerId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This partner was not found."));
    Partner p = readPartner(q);
    SqlQuery areas(
        m_db, QStringLiteral("SELECT area FROM partner_service_areas WHERE partner_id = :id ORDER BY area"));
    areas.bind(QStringLiteral(":id"), partnerId).exec();
    while (areas.next())
        p.serviceAreas.append(areas.value(0).toString());
    SqlQuery contacts(m_db, QStringLiteral("SELECT id, name, role, phone, email FROM partner_contacts "
                                           "WHERE partner_id = :id ORDER BY id"));
    contacts.bind(QStringLiteral(":id"), partnerId).exec();
    while (contacts.next())
        p.contacts.append(readContact(contacts, 0));
    return p;
}

QList<Partner> PartnerStore::list(const Actor& actor) const
{
    requireReader(actor);
    SqlQuery q(m_db, partnerSelect() + QStringLiteral("ORDER BY lower(p.name), p.id"));
    q.setForwardOnly(true);
    q.exec();
    QList<Partner> result;
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        result.append(readPartner(q));
        indexById.insert(result.back().id, result.size() - 1);
    }
    SqlQuery areas(m_db, QStringLiteral("SELECT partner_id, area FROM partner_service_areas ORDER BY area"));
    areas.setForwardOnly(true);
    areas.exec();
    while (areas.next())
        result[indexById.value(areas.value(0).toLongLong())].serviceAreas.append(areas.value(1).toString());
    SqlQuery contacts(m_db,
                      QStringLiteral("SELECT partner_id, id, name, role, phone, email FROM partner_contacts "
                                     "ORDER BY id"));
    contacts.setForwardOnly(true);
    contacts.exec();
    while (contacts.next())
        result[indexById.value(contacts.value(0).toLongLong())].contacts.append(readContact(contacts, 1));
    return result;
}

QStringList PartnerStore::escalationCategories()
{
    return {QStringLiteral("early_intervention"), QStringLiteral("education_support"),
            QStringLiteral("youth_family")};
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
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), sql::toOptionalId(q.value(4))});
    }
    return result;
}

QList<Area> PartnerStore::areas() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT name, parent FROM areas ORDER BY lower(name)"));
    q.exec();
    QList<Area> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

} // namespace kz
