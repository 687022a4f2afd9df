#include "PartnerHsds.h"

#include "Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>
#include <cmath>

namespace kz {

namespace {

// Ids of nested objects derive from the organization's id, so an export is stable.
QString childId(const QString& organizationId, const QString& what)
{
    return QUuid::createUuidV5(QUuid(organizationId), what).toString(QUuid::WithoutBraces);
}

QJsonObject taxonomyAttribute(const QString& organizationId, const QString& taxonomy, const QString& code,
                              const QString& name)
{
    const QString termId =
        QUuid::createUuidV5(QUuid(), taxonomy + QLatin1Char('/') + code).toString(QUuid::WithoutBraces);
    return {{QStringLiteral("id"), childId(organizationId, taxonomy + QLatin1Char('/') + code)},
            {QStringLiteral("taxonomy_term_id"), termId},
            {QStringLiteral("link_type"), taxonomy},
            {QStringLiteral("link_entity"), QStringLiteral("organization")},
            {QStringLiteral("value"), code},
            {QStringLiteral("taxonomy_term"), QJsonObject{{QStringLiteral("id"), termId},
                                                          {QStringLiteral("code"), code},
                                                          {QStringLiteral("name"), name},
                                                          {QStringLiteral("description"), name},
                                                          {QStringLiteral("taxonomy"), taxonomy}}}};
}

QString webAddress(const QString& website)
{
    return QUrl::fromUserInput(website.trimmed()).toString();
}

// Reads one organization, collecting what does not fit with its JSON path.
class OrganizationReader
{
public:
    OrganizationReader(const QJsonObject& object, QString path, ParsedPartner& out)
        : m_object(object), m_path(std::move(path)), m_out(out)
    {}

    void read();

private:
    QString text(const QJsonObject& o, const QString& key, const QString& path)
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

    std::optional<int> number(const QJsonObject& o, const QString& key, const QString& path, bool upper)
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

    QList<QJsonObject> objects(const QJsonObject& o, const QString& key, const QString& path)
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
                problem(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                        PartnerHsds::tr("expected an object"));
            else
                result.append(array.at(i).toObject());
        }
        return result;
    }

    void problem(const QString& path, const QString& what)
    {
        m_out.problems.append(QStringLiteral("%1: %2").arg(path, what));
    }

    static QString phoneNumber(QString number)
    {
        // The official example quotes its numbers inside the string.
        number = number.trimmed();
        while (number.startsWith(QLatin1Char('"')) || number.startsWith(QLatin1Char('\'')))
            number.remove(0, 1);
        while (number.endsWith(QLatin1Char('"')) || number.endsWith(QLatin1Char('\'')))
            number.chop(1);
        return number.trimmed();
    }

    void readTerms(const QList<QJsonObject>& attributes, const QString& path)
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

    const QJsonObject m_object;
    const QString m_path;
    ParsedPartner& m_out;
};

void OrganizationReader::read()
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
            p.contacts.append(c);
    }

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

    readTerms(objects(m_object, QStringLiteral("attributes"), m_path), m_path);

    const QList<QJsonObject> services = objects(m_object, QStringLiteral("services"), m_path);
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject& s = services.at(i);
        const QString path = QStringLiteral("%1.services[%2]").arg(m_path).arg(i);
        const QString name = text(s, QStringLiteral("name"), path);
        if (!name.isEmpty())
            p.services.append(name);
        readTerms(objects(s, QStringLiteral("attributes"), path), path);
        if (i > 0)
            continue; // one partner, one set of ages, areas and languages: the first service's
        if (const QString status = text(s, QStringLiteral("status"), path); !status.isEmpty()) {
            if (const auto code = partnerStatusFromCode(status))
                p.status = *code;
            else
                problem(path + QStringLiteral(".status"),
                        PartnerHsds::tr("unknown status \"%1\"").arg(status));
        }
        p.minimumAge = number(s, QStringLiteral("minimum_age"), path, false);
        p.maximumAge = number(s, QStringLiteral("maximum_age"), path, true);
        if (const QString assured = text(s, QStringLiteral("assured_date"), path); !assured.isEmpty()) {
            const QDate d = QDate::fromString(assured, Qt::ISODate);
            if (d.isValid())
                p.assuredDate = d;
            else
                problem(path + QStringLiteral(".assured_date"),
                        PartnerHsds::tr("expected a date (YYYY-MM-DD)"));
        }
        p.assurer = text(s, QStringLiteral("assurer_email"), path);
        for (const QJsonObject& language : objects(s, QStringLiteral("languages"), path)) {
            const QString languageName =
                text(language, QStringLiteral("name"), path + QStringLiteral(".languages"));
            if (!languageName.isEmpty())
                p.languages.append(languageName);
        }
        for (const QJsonObject& area : objects(s, QStringLiteral("service_areas"), path)) {
            const QString areaName =
                text(area, QStringLiteral("name"), path + QStringLiteral(".service_areas"));
            if (!areaName.isEmpty()) {
                p.serviceAreas.append(areaName);
                m_out.areas.append({areaName, {}});
            }
        }
    }
    // A service that only repeats the organization's name is how a partner without a list of
    // services is written; it is not a service of its own.
    if (p.services.size() == 1 && p.services.front() == p.name)
        p.services.clear();

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

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(bytes.left(offset).count('\n')) + 1;
}

} // namespace

QList<ParsedPartner> PartnerHsds::read(const QByteArray& input)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("The file is empty."));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(Error::Kind::Validation, tr("Line %1 is not valid JSON: %2.")
                                                 .arg(lineOfOffset(bytes, error.offset))
                                                 .arg(error.errorString()));
    QJsonArray organizations;
    if (document.isArray())
        organizations = document.array();
    else if (document.isObject() && document.object().contains(QStringLiteral("name")))
        organizations.append(document.object());
    else
        throw Error(Error::Kind::Validation,
                    tr("$: expected an HSDS organization or an array of organizations."));

    QList<ParsedPartner> result;
    for (qsizetype i = 0; i < organizations.size(); ++i) {
        ParsedPartner parsed;
        const QString path = document.isArray() ? QStringLiteral("$[%1]").arg(i) : QStringLiteral("$");
        if (!organizations.at(i).isObject()) {
            parsed.where = path;
            parsed.problems.append(tr("%1: expected an organization object").arg(path));
        } else {
            OrganizationReader(organizations.at(i).toObject(), path, parsed).read();
        }
        result.append(parsed);
    }
    return result;
}

QJsonObject PartnerHsds::organization(const Partner& p, const QList<PartnerCategory>& categories)
{
    const QString id = p.hsdsId;
    QJsonObject org{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), p.name},
                    {QStringLiteral("description"), p.description}};
    if (!p.email.isEmpty())
        org.insert(QStringLiteral("email"), p.email);
    if (!p.website.isEmpty())
        org.insert(QStringLiteral("website"), webAddress(p.website));
    if (!p.phone.isEmpty())
        org.insert(QStringLiteral("phones"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), childId(id, QStringLiteral("phone"))},
                                          {QStringLiteral("number"), p.phone}}});
    QJsonArray contacts;
    for (qsizetype i = 0; i < p.contacts.size(); ++i) {
        const PartnerContact& c = p.contacts.at(i);
        const QString contactId = childId(id, QStringLiteral("contact/%1").arg(i));
        QJsonObject contact{{QStringLiteral("id"), contactId}, {QStringLiteral("name"), c.name}};
        if (!c.role.isEmpty())
            contact.insert(QStringLiteral("title"), c.role);
        if (!c.email.isEmpty())
            contact.insert(QStringLiteral("email"), c.email);
        if (!c.phone.isEmpty())
            contact.insert(
                QStringLiteral("phones"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), childId(contactId, QStringLiteral("phone"))},
                                       {QStringLiteral("number"), c.phone}}});
        contacts.append(contact);
    }
    if (!contacts.isEmpty())
        org.insert(QStringLiteral("contacts"), contacts);
    if (!p.address.isEmpty() || !p.postcode.isEmpty() || !p.city.isEmpty()) {
        const QString locationId = childId(id, QStringLiteral("location"));
        const QJsonObject address{
            {QStringLiteral("id"), childId(locationId, QStringLiteral("address"))},
            {QStringLiteral("address_1"), p.address},
            {QStringLiteral("city"), p.city},
            {QStringLiteral("state_province"), QString()},
            {QStringLiteral("postal_code"), p.postcode},
            {QStringLiteral("country"), p.country.isEmpty() ? QStringLiteral("NL") : p.country},
            {QStringLiteral("address_type"), QStringLiteral("physical")}};
        org.insert(QStringLiteral("locations"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), locationId},
                                          {QStringLiteral("location_type"), QStringLiteral("physical")},
                                          {QStringLiteral("name"), p.name},
                                          {QStringLiteral("addresses"), QJsonArray{address}}}});
    }

    QJsonArray attributes;
    QString categoryName = p.categoryCode;
    for (const PartnerCategory& c : categories)
        if (c.code == p.categoryCode)
            categoryName = c.labelEn;
    attributes.append(taxonomyAttribute(id, categoryTaxonomy, p.categoryCode, categoryName));
    for (const QString& audience : p.audience)
        attributes.append(taxonomyAttribute(id, audienceTaxonomy, audience, audience));
    org.insert(QStringLiteral("attributes"), attributes);

    QJsonArray languages;
    for (const QString& language : p.languages)
        languages.append(
            QJsonObject{{QStringLiteral("id"), childId(id, QStringLiteral("language/") + language)},
                        {QStringLiteral("name"), language}});
    QJsonArray areas;
    for (const QString& area : p.serviceAreas)
        areas.append(QJsonObject{{QStringLiteral("id"), childId(id, QStringLiteral("area/") + area)},
                                 {QStringLiteral("name"), area}});
    QJsonArray services;
    const QStringList names = p.services.isEmpty() ? QStringList{p.name} : p.services;
    for (const QString& name : names) {
        QJsonObject service{{QStringLiteral("id"), childId(id, QStringLiteral("service/") + name)},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("status"), toCode(p.status)}};
        if (p.minimumAge)
            service.insert(QStringLiteral("minimum_age"), *p.minimumAge);
        if (p.maximumAge)
            service.insert(QStringLiteral("maximum_age"), *p.maximumAge);
        if (p.assuredDate)
            service.insert(QStringLiteral("assured_date"), p.assuredDate->toString(Qt::ISODate));
        if (!languages.isEmpty())
            service.insert(QStringLiteral("languages"), languages);
        if (!areas.isEmpty())
            service.insert(QStringLiteral("service_areas"), areas);
        services.append(service);
    }
    org.insert(QStringLiteral("services"), services);

    if (p.assuredDate) {
        org.insert(
            QStringLiteral("metadata"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), childId(id, QStringLiteral("verified"))},
                                   {QStringLiteral("resource_type"), QStringLiteral("organization")},
                                   {QStringLiteral("last_action_date"), p.assuredDate->toString(Qt::ISODate)},
                                   {QStringLiteral("last_action_type"), QStringLiteral("verified")},
                                   {QStringLiteral("field_name"), QString()},
                                   {QStringLiteral("previous_value"), QString()},
                                   {QStringLiteral("replacement_value"), QString()},
                                   {QStringLiteral("updated_by"), p.assurer}}});
    }
    return org;
}

QByteArray PartnerHsds::write(const QList<Partner>& partners, const QList<PartnerCategory>& categories)
{
    QJsonArray array;
    for (const Partner& p : partners)
        array.append(organization(p, categories));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace kz
