#include "PartnerHsds.h"

#include "Error.h"
#include "HsdsOrganizationReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

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

// One phone number, as HSDS lists them.
QJsonArray phones(const QString& ownerId, const QString& number)
{
    return QJsonArray{QJsonObject{{QStringLiteral("id"), childId(ownerId, QStringLiteral("phone"))},
                                  {QStringLiteral("number"), number}}};
}

QJsonArray contactsOf(const Partner& p)
{
    QJsonArray contacts;
    for (qsizetype i = 0; i < p.contacts.size(); ++i) {
        const PartnerContact& c = p.contacts.at(i);
        const QString contactId = childId(p.hsdsId, QStringLiteral("contact/%1").arg(i));
        QJsonObject contact{{QStringLiteral("id"), contactId}, {QStringLiteral("name"), c.name}};
        if (!c.role.isEmpty())
            contact.insert(QStringLiteral("title"), c.role);
        if (!c.email.isEmpty())
            contact.insert(QStringLiteral("email"), c.email);
        if (!c.phone.isEmpty())
            contact.insert(QStringLiteral("phones"), phones(contactId, c.phone));
        contacts.append(contact);
    }
    return contacts;
}

QJsonObject locationOf(const Partner& p)
{
    const QString locationId = childId(p.hsdsId, QStringLiteral("location"));
    const QJsonObject address{
        {QStringLiteral("id"), childId(locationId, QStringLiteral("address"))},
        {QStringLiteral("address_1"), p.address},
        {QStringLiteral("city"), p.city},
        {QStringLiteral("state_province"), QString()},
        {QStringLiteral("postal_code"), p.postcode},
        {QStringLiteral("country"), p.country.isEmpty() ? QStringLiteral("NL") : p.country},
        {QStringLiteral("address_type"), QStringLiteral("physical")}};
    return QJsonObject{{QStringLiteral("id"), locationId},
                       {QStringLiteral("location_type"), QStringLiteral("physical")},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("addresses"), QJsonArray{address}}};
}

// The category and the audiences, as taxonomy terms.
QJsonArray attributesOf(const Partner& p, const QList<PartnerCategory>& categories)
{
    QJsonArray attributes;
    QString categoryName = p.categoryCode;
    for (const PartnerCategory& c : categories)
        if (c.code == p.categoryCode)
            categoryName = c.labelEn;
    attributes.append(
        taxonomyAttribute(p.hsdsId, PartnerHsds::categoryTaxonomy, p.categoryCode, categoryName));
    for (const QString& audience : p.audience)
        attributes.append(taxonomyAttribute(p.hsdsId, PartnerHsds::audienceTaxonomy, audience, audience));
    return attributes;
}

// One service per name (the organization's name when it lists none), each with the partner's ages,
// status, languages and areas.
QJsonArray servicesOf(const Partner& p)
{
    const QString& id = p.hsdsId;
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
    return services;
}

// The last verification: who checked the details, and when.
QJsonObject verificationOf(const Partner& p)
{
    return QJsonObject{{QStringLiteral("id"), childId(p.hsdsId, QStringLiteral("verified"))},
                       {QStringLiteral("resource_type"), QStringLiteral("organization")},
                       {QStringLiteral("last_action_date"), p.assuredDate->toString(Qt::ISODate)},
                       {QStringLiteral("last_action_type"), QStringLiteral("verified")},
                       {QStringLiteral("field_name"), QString()},
                       {QStringLiteral("previous_value"), QString()},
                       {QStringLiteral("replacement_value"), QString()},
                       {QStringLiteral("updated_by"), p.assurer}};
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
            HsdsOrganizationReader(organizations.at(i).toObject(), path, parsed).read();
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
        org.insert(QStringLiteral("phones"), phones(id, p.phone));
    if (const QJsonArray contacts = contactsOf(p); !contacts.isEmpty())
        org.insert(QStringLiteral("contacts"), contacts);
    if (!p.address.isEmpty() || !p.postcode.isEmpty() || !p.city.isEmpty())
        org.insert(QStringLiteral("locations"), QJsonArray{locationOf(p)});
    org.insert(QStringLiteral("attributes"), attributesOf(p, categories));
    org.insert(QStringLiteral("services"), servicesOf(p));
    if (p.assuredDate)
        org.insert(QStringLiteral("metadata"), QJsonArray{verificationOf(p)});
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
