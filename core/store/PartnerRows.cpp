#include "PartnerRows.h"

#include "Error.h"
#include "PartnerKeys.h"
#include "PartnerStore.h"
#include "RowVersion.h"
#include "db/SqlValues.h"
#include "domain/Validator.h"

namespace kz {

namespace {

QStringList splitList(const QString& text, QChar separator)
{
    QStringList result;
    for (const QString& part : text.split(separator, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

std::optional<int> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QStringList trimmedNonEmpty(const QStringList& values)
{
    QStringList result;
    for (const QString& v : values)
        if (!v.trimmed().isEmpty() && !result.contains(v.trimmed()))
            result.append(v.trimmed());
    return result;
}

} // namespace

QString partnerSelect()
{
    return QStringLiteral(
        "SELECT p.id, p.hsds_id, p.name, p.description, c.code, p.address, p.postcode, p.city, p.phone, "
        "p.email, "
        "p.website, p.minimum_age, p.maximum_age, p.audience, p.languages, p.status, p.assured_date, "
        "p.assurer, "
        "p.country, p.services, p.version FROM partners p JOIN partner_categories c ON c.id = "
        "p.category_id ");
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
    p.audience = splitList(q.value(13).toString(), QLatin1Char(','));
    p.languages = splitList(q.value(14).toString(), QLatin1Char(','));
    p.status = partnerStatusFromCode(q.value(15).toString()).value_or(PartnerStatus::Active);
    p.assuredDate = sql::toOptionalDate(q.value(16));
    p.assurer = q.value(17).toString();
    p.country = q.value(18).toString();
    p.services = splitList(q.value(19).toString(), QLatin1Char('\n'));
    p.version = q.value(20).toInt();
    return p;
}

PartnerContact readContact(const SqlQuery& q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toString(), q.value(first + 2).toString(),
            q.value(first + 3).toString(), q.value(first + 4).toString()};
}

PartnerWriter::PartnerWriter(const Database& db)
    : m_db(db),
      m_insert(
          db,
          QStringLiteral(
              "INSERT INTO partners (hsds_id, name, description, category_id, address, postcode, city, "
              "country, phone, email, website, minimum_age, maximum_age, audience, languages, services, "
              "status, assured_date, assurer, created_at, updated_at) VALUES (:hsds, :name, :description, "
              ":category, :address, :postcode, :city, :country, :phone, :email, :website, :min, :max, "
              ":audience, :languages, :services, :status, :assured, :assurer, :now, :now) RETURNING id")),
      m_update(
          db,
          QStringLiteral(
              "UPDATE partners SET name = :name, description = :description, category_id = :category, "
              "address = :address, postcode = :postcode, city = :city, country = :country, phone = :phone, "
              "email = :email, website = :website, minimum_age = :min, maximum_age = :max, "
              "audience = :audience, languages = :languages, services = :services, status = :status, "
              "assured_date = :assured, assurer = :assurer, ") +
              RowVersion::setClause() + QStringLiteral(" WHERE id = :id") + RowVersion::whereClause()),
      m_clearAreas(db, QStringLiteral("DELETE FROM partner_service_areas WHERE partner_id = :id")),
      m_insertArea(db, QStringLiteral("INSERT INTO partner_service_areas (partner_id, area) "
                                      "VALUES (:id, :area) ON CONFLICT DO NOTHING")),
      m_ensureArea(db, QStringLiteral("INSERT INTO areas (name, parent) VALUES (:name, :parent) "
                                      "ON CONFLICT (name) DO UPDATE SET parent = excluded.parent "
                                      "WHERE areas.parent = '' AND excluded.parent <> ''")),
      m_clearContacts(db, QStringLiteral("DELETE FROM partner_contacts WHERE partner_id = :id")),
      m_insertContact(db,
                      QStringLiteral("INSERT INTO partner_contacts (partner_id, name, role, phone, email) "
                                     "VALUES (:id, :name, :role, :phone, :email)"))
{}

void PartnerWriter::bindPartner(SqlQuery& q, const Partner& p, qint64 categoryId)
{
    q.bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":description"), p.description)
        .bind(QStringLiteral(":category"), categoryId)
        .bind(QStringLiteral(":address"), p.address.trimmed())
        .bind(QStringLiteral(":postcode"), Validator::normalisedPostcode(p.postcode, p.country))
        .bind(QStringLiteral(":city"), p.city.trimmed())
        .bind(QStringLiteral(":country"),
              p.country.trimmed().isEmpty() ? QStringLiteral("NL") : p.country.trimmed().toUpper())
        .bind(QStringLiteral(":phone"), p.phone.trimmed())
        .bind(QStringLiteral(":email"), p.email.trimmed())
        .bind(QStringLiteral(":website"), p.website.trimmed())
        .bind(QStringLiteral(":min"), p.minimumAge ? QVariant(*p.minimumAge) : QVariant())
        .bind(QStringLiteral(":max"), p.maximumAge ? QVariant(*p.maximumAge) : QVariant())
        .bind(QStringLiteral(":audience"), trimmedNonEmpty(p.audience).join(QStringLiteral(", ")))
        .bind(QStringLiteral(":languages"), trimmedNonEmpty(p.languages).join(QStringLiteral(", ")))
        .bind(QStringLiteral(":services"), trimmedNonEmpty(p.services).join(QLatin1Char('\n')))
        .bind(QStringLiteral(":status"), toCode(p.status))
        .bind(QStringLiteral(":assured"), sql::date(p.assuredDate))
        .bind(QStringLiteral(":assurer"), p.assurer);
}

PartnerWriter::~PartnerWriter() = default;

void PartnerWriter::checkUniqueInMemory()
{
    if (!m_keys)
        m_keys = std::make_unique<PartnerKeys>(m_db);
}

void PartnerWriter::requireUnique(const Partner& partner)
{
    const auto refuse = [&partner](qint64 other) {
        throw Error(
            Error::Kind::Conflict,
            PartnerStore::tr("\"%1\" with this postcode is in the sociale kaart already.").arg(partner.name),
            QStringLiteral("partner %1").arg(other));
    };
    if (m_keys) {
        if (const auto other = m_keys->clash(partner))
            refuse(*other);
        return;
    }
    const auto key = [](const QString& name) {
        QString folded = name.simplified().toCaseFolded();
        folded.remove(QLatin1Char(' '));
        return folded;
    };
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, name, hsds_id, postcode FROM partners WHERE id <> :id "
                              "AND (hsds_id = :hsds OR REPLACE(UPPER(postcode), ' ', '') = :postcode)"));
    q.bind(QStringLiteral(":id"), partner.id)
        .bind(QStringLiteral(":hsds"), partner.hsdsId)
        .bind(QStringLiteral(":postcode"), partner.postcode.toUpper().remove(QLatin1Char(' ')))
        .exec();
    while (q.next())
        if (q.value(2).toString() == partner.hsdsId || key(q.value(1).toString()) == key(partner.name))
            refuse(q.value(0).toLongLong());
}

qint64 PartnerWriter::insert(const Partner& partner, qint64 categoryId)
{
    requireUnique(partner);
    bindPartner(m_insert, partner, categoryId);
    m_insert.bind(QStringLiteral(":hsds"), partner.hsdsId).bind(QStringLiteral(":now"), sql::now()).exec();
    const qint64 id = m_insert.insertedId();
    if (m_keys)
        m_keys->remember(id, partner.hsdsId, partner.name,
                         Validator::normalisedPostcode(partner.postcode, partner.country));
    writeDetails(id, partner);
    return id;
}

bool PartnerWriter::update(const Partner& partner, qint64 categoryId, const Actor& actor)
{
    requireUnique(partner);
    bindPartner(m_update, partner, categoryId);
    m_update.bind(QStringLiteral(":id"), partner.id);
    RowVersion::bind(m_update, actor, partner.version);
    m_update.exec();
    if (m_update.numRowsAffected() != 1)
        return false;
    if (m_keys) // the update keeps the HSDS id
        m_keys->remember(partner.id, m_keys->hsdsIdOf(partner.id).value_or(partner.hsdsId), partner.name,
                         Validator::normalisedPostcode(partner.postcode, partner.country));
    writeDetails(partner.id, partner);
    return true;
}

void PartnerWriter::ensureArea(const Area& area)
{
    m_ensureArea.bind(QStringLiteral(":name"), area.name.trimmed())
        .bind(QStringLiteral(":parent"), area.parent.trimmed())
        .exec();
}

void PartnerWriter::writeDetails(qint64 partnerId, const Partner& partner)
{
    m_clearAreas.bind(QStringLiteral(":id"), partnerId).exec();
    for (const QString& area : trimmedNonEmpty(partner.serviceAreas)) {
        ensureArea({area, {}});
        m_insertArea.bind(QStringLiteral(":id"), partnerId).bind(QStringLiteral(":area"), area).exec();
    }
    m_clearContacts.bind(QStringLiteral(":id"), partnerId).exec();
    for (const PartnerContact& contact : partner.contacts) {
        m_insertContact.bind(QStringLiteral(":id"), partnerId)
            .bind(QStringLiteral(":name"), contact.name.trimmed())
            .bind(QStringLiteral(":role"), contact.role.trimmed())
            .bind(QStringLiteral(":phone"), contact.phone.trimmed())
            .bind(QStringLiteral(":email"), contact.email.trimmed())
            .exec();
    }
}

} // namespace kz
