#include "HsdsOrganizationReader.h"

#include "PartnerHsds.h"

#include <QJsonArray>
#include <QUuid>
#include <cmath>

namespace kz {

HsdsOrganizationReader::HsdsOrganizationReader(const QJsonObject& object, QString path, ParsedPartner& out)
    : m_object(object), m_path(std::move(path)), m_out(out)
{}

void HsdsOrganizationReader::read()
{
    Partner& p = m_out.partner;
    m_out.where = m_path;
    for (const PartnerField f :
         {PartnerField::HsdsId,       PartnerField::Name,     PartnerField::Description,
          PartnerField::Category,     PartnerField::Address,  PartnerField::Postcode,
          PartnerField::City,         PartnerField::Country,  PartnerField::Phone,
          PartnerField::Email,        PartnerField::Website,  PartnerField::MinimumAge,
          PartnerField::MaximumAge,   PartnerField::Audience, PartnerField::Languages,
          PartnerField::ServiceAreas, PartnerField::Services, PartnerField::Status,
          PartnerField::AssuredDate,  PartnerField::Assurer,  PartnerField::Contacts})
        m_out.provided.insert(f);

    p.hsdsId = text(m_object, QStringLiteral("id"), m_path);
    if (!p.hsdsId.isEmpty() && QUuid(p.hsdsId).isNull())
        problem(m_path + QStringLiteral(".id"), PartnerHsds::tr("expected a UUID"));
    if (!m_object.value(QStringLiteral("name")).isString())
        problem(m_path + QStringLiteral(".name"), PartnerHsds::tr("the organization's name is missing"));
    p.name = text(m_object, QStringLiteral("name"), m_path);
    p.description = text(m_object, QStringLiteral("description"), m_path);
    p.email = text(m_object, QStringLiteral("email"), m_path);
    p.website = text(m_object, QStringLiteral("website"), m_path);

    const QList<QJsonObject> phones = objects(m_object, QStringLiteral("phones"), m_path);
    if (!phones.isEmpty())
        p.phone = phoneNumber(
            text(phones.front(), QStringLiteral("number"), m_path + QStringLiteral(".phones[0]")));

    readContacts();
    readAddress();
    readTerms(objects(m_object, QStringLiteral("attributes"), m_path), m_path);
    readServices();
    readVerification();
}

void HsdsOrganizationReader::readContacts()
{
    const QList<QJsonObject> contacts = objects(m_object, QStringLiteral("contacts"), m_path);
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QString path = QStringLiteral("%1.contacts[%2]").arg(m_path).arg(i);
        PartnerContact c;
        c.name = text(contacts.at(i), QStringLiteral("name"), path);
        c.role = text(contacts.at(i), QStringLiteral("title"), path);
        c.email = text(contacts.at(i), QStringLiteral("email"), path);
        const QList<QJsonObject> contactPhones = objects(contacts.at(i), QStringLiteral("phones"), path);
        if (!contactPhones.isEmpty())
            c.phone = phoneNumber(
                text(contactPhones.front(), QStringLiteral("number"), path + QStringLiteral(".phones[0]")));
        if (!c.name.isEmpty())
            m_out.partner.contacts.append(c);
    }
}

void HsdsOrganizationReader::readAddress()
{
    Partner& p = m_out.partner;
    const QList<QJsonObject> locations = objects(m_object, QStringLiteral("locations"), m_path);
    if (!locations.isEmpty()) {
        const QString path = m_path + QStringLiteral(".locations[0]");
        const QList<QJsonObject> addresses = objects(locations.front(), QStringLiteral("addresses"), path);
        if (!addresses.isEmpty()) {
            const QJsonObject& a = addresses.front();
            const QString apath = path + QStringLiteral(".addresses[0]");
            const QString line2 = text(a, QStringLiteral("address_2"), apath);
            p.address = text(a, QStringLiteral("address_1"), apath);
            if (!line2.isEmpty())
                p.address += QStringLiteral(", ") + line2;
            p.postcode = text(a, QStringLiteral("postal_code"), apath);
            p.city = text(a, QStringLiteral("city"), apath);
            const QString country = text(a, QStringLiteral("country"), apath);
            p.country = country.isEmpty() ? QStringLiteral("NL") : country.toUpper();
        }
    }
}

void HsdsOrganizationReader::readServices()
{
    Partner& p = m_out.partner;
    const QList<QJsonObject> services = objects(m_object, QStringLiteral("services"), m_path);
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject& s = services.at(i);
        const QString path = QStringLiteral("%1.services[%2]").arg(m_path).arg(i);
        const QString name = text(s, QStringLiteral("name"), path);
        if (!name.isEmpty())
            p.services.append(name);
        readTerms(objects(s, QStringLiteral("attributes"), path), path);
        if (i == 0) // one partner, one set of ages, areas and languages: the first service's
            readFirstService(s, path);
    }
    // A service that only repeats the organization's name is how a partner without a list of
    // services is written; it is not a service of its own.
    if (p.services.size() == 1 && p.services.front() == p.name)
        p.services.clear();
}

void HsdsOrganizationReader::readFirstService(const QJsonObject& s, const QString& path)
{
    Partner& p = m_out.partner;
    if (const QString status = text(s, QStringLiteral("status"), path); !status.isEmpty()) {
        if (const auto code = partnerStatusFromCode(status))
            p.status = *code;
        else
            problem(path + QStringLiteral(".status"), PartnerHsds::tr("unknown status \"%1\"").arg(status));
    }
    p.minimumAge = number(s, QStringLiteral("minimum_age"), path, false);
    p.maximumAge = number(s, QStringLiteral("maximum_age"), path, true);
    if (const QString assured = text(s, QStringLiteral("assured_date"), path); !assured.isEmpty()) {
        const QDate d = QDate::fromString(assured, Qt::ISODate);
        if (d.isValid())
            p.assuredDate = d;
        else
            problem(path + QStringLiteral(".assured_date"), PartnerHsds::tr("expected a date (YYYY-MM-DD)"));
    }
    p.assurer = text(s, QStringLiteral("assurer_email"), path);
    for (const QJsonObject& language : objects(s, QStringLiteral("languages"), path)) {
        const QString languageName =
            text(language, QStringLiteral("name"), path + QStringLiteral(".languages"));
        if (!languageName.isEmpty())
            p.languages.append(languageName);
    }
    for (const QJsonObject& area : objects(s, QStringLiteral("service_areas"), path)) {
        const QString areaName = text(area, QStringLiteral("name"), path + QStringLiteral(".service_areas"));
        if (!areaName.isEmpty()) {
            p.serviceAreas.append(areaName);
            m_out.areas.append({areaName, {}});
        }
    }
}

void HsdsOrganizationReader::readVerification()
{
    Partner& p = m_out.partner;
    // The last verification: who checked the details, and when.
    for (const QJsonObject& m : objects(m_object, QStringLiteral("metadata"), m_path)) {
        if (m.value(QStringLiteral("last_action_type")).toString() != QLatin1String("verified"))
            continue;
        const QDate d =
            QDate::fromString(m.value(QStringLiteral("last_action_date")).toString(), Qt::ISODate);
        if (d.isValid() && (!p.assuredDate || d >= *p.assuredDate)) {
            p.assuredDate = d;
            p.assurer = m.value(QStringLiteral("updated_by")).toString();
        }
    }
}

QString HsdsOrganizationReader::text(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        problem(path + QLatin1Char('.') + key, PartnerHsds::tr("expected text"));
        return {};
    }
    return v.toString().trimmed();
}

std::optional<int> HsdsOrganizationReader::number(const QJsonObject& o, const QString& key,
                                                  const QString& path, bool upper)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        problem(path + QLatin1Char('.') + key, PartnerHsds::tr("expected a number"));
        return std::nullopt;
    }
    const double d = upper ? std::ceil(v.toDouble()) : std::floor(v.toDouble());
    // Ages are small; anything outside what an int holds is a broken file, not an age.
    if (!std::isfinite(d) || d < -1e6 || d > 1e6) {
        problem(path + QLatin1Char('.') + key, PartnerHsds::tr("the number is out of range"));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QList<QJsonObject> HsdsOrganizationReader::objects(const QJsonObject& o, const QString& key,
                                                   const QString& path)
{
    const QJsonValue v = o.value(key);
    QList<QJsonObject> result;
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isArray()) {
        problem(path + QLatin1Char('.') + key, PartnerHsds::tr("expected an array"));
        return result;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            problem(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), PartnerHsds::tr("expected an object"));
        else
            result.append(array.at(i).toObject());
    }
    return result;
}

void HsdsOrganizationReader::problem(const QString& path, const QString& what)
{
    m_out.problems.append(QStringLiteral("%1: %2").arg(path, what));
}

QString HsdsOrganizationReader::phoneNumber(QString number)
{
    // The official example quotes its numbers inside the string.
    number = number.trimmed();
    while (number.startsWith(QLatin1Char('"')) || number.startsWith(QLatin1Char('\'')))
        number.remove(0, 1);
    while (number.endsWith(QLatin1Char('"')) || number.endsWith(QLatin1Char('\'')))
        number.chop(1);
    return number.trimmed();
}

void HsdsOrganizationReader::readTerms(const QList<QJsonObject>& attributes, const QString& path)
{
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        const QJsonObject term = attributes.at(i).value(QStringLiteral("taxonomy_term")).toObject();
        const QString termPath = QStringLiteral("%1.attributes[%2].taxonomy_term").arg(path).arg(i);
        const QString taxonomy = text(term, QStringLiteral("taxonomy"), termPath);
        const QString code = text(term, QStringLiteral("code"), termPath);
        if (taxonomy == PartnerHsds::categoryTaxonomy) {
            m_out.categoryCode = code;
            m_out.categoryText = text(term, QStringLiteral("name"), termPath);
        } else if (taxonomy == PartnerHsds::audienceTaxonomy && !code.isEmpty() &&
                   !m_out.partner.audience.contains(code)) {
            m_out.partner.audience.append(code);
        }
    }
}

} // namespace kz
