#include "Handover.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kz {

namespace {

const QList<QPair<HandoverSection, QString>>& sectionCodes()
{
    static const QList<QPair<HandoverSection, QString>> codes{
        {HandoverSection::Personal, QStringLiteral("personal")},
        {HandoverSection::Development, QStringLiteral("development")},
        {HandoverSection::Support, QStringLiteral("support")},
        {HandoverSection::Partners, QStringLiteral("partners")},
        {HandoverSection::Ve, QStringLiteral("ve")},
        {HandoverSection::ParentsView, QStringLiteral("parents_view")}};
    return codes;
}

} // namespace

QString toCode(HandoverSection section)
{
    for (const auto& [s, code] : sectionCodes())
        if (s == section)
            return code;
    return {};
}

std::optional<HandoverSection> handoverSectionFromCode(const QString& code)
{
    for (const auto& [s, c] : sectionCodes())
        if (c == code.trimmed().toLower())
            return s;
    return std::nullopt;
}

const QList<HandoverSection>& allHandoverSections()
{
    static const QList<HandoverSection> all{HandoverSection::Personal, HandoverSection::Development,
                                            HandoverSection::Support,  HandoverSection::Partners,
                                            HandoverSection::Ve,       HandoverSection::ParentsView};
    return all;
}

QSet<HandoverSection> everyHandoverSection()
{
    return {allHandoverSections().cbegin(), allHandoverSections().cend()};
}

QStringList toCodes(const QSet<HandoverSection>& sections)
{
    QStringList codes;
    for (HandoverSection s : allHandoverSections())
        if (sections.contains(s))
            codes.append(toCode(s));
    return codes;
}

QString toCode(ConsentState state)
{
    switch (state) {
    case ConsentState::NotRequested:
        return QStringLiteral("not_requested");
    case ConsentState::Awaiting:
        return QStringLiteral("awaiting");
    case ConsentState::Given:
        return QStringLiteral("given");
    case ConsentState::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

std::optional<ConsentState> consentStateFromCode(const QString& code)
{
    for (ConsentState s :
         {ConsentState::NotRequested, ConsentState::Awaiting, ConsentState::Given, ConsentState::Denied})
        if (toCode(s) == code.trimmed().toLower())
            return s;
    return std::nullopt;
}

QByteArray HandoverContent::toJson() const
{
    QJsonArray domains;
    for (const DomainDevelopment& d : development)
        domains.append(QJsonObject{{QStringLiteral("domain_id"), d.domainId},
                                   {QStringLiteral("domain"), d.domainName},
                                   {QStringLiteral("text"), d.text}});
    const QJsonObject o{{QStringLiteral("sections"), QJsonArray::fromStringList(toCodes(sections))},
                        {QStringLiteral("personal"), personal},
                        {QStringLiteral("strengths"), strengths},
                        {QStringLiteral("development"), domains},
                        {QStringLiteral("support_that_worked"), supportThatWorked},
                        {QStringLiteral("partners"), partners},
                        {QStringLiteral("ve_programme"), veProgramme},
                        {QStringLiteral("ve_duration"), veDuration},
                        {QStringLiteral("parents_view"), parentsView},
                        {QStringLiteral("contact_person"), contactPerson},
                        {QStringLiteral("warm_handover"), warmHandover}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HandoverContent HandoverContent::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    HandoverContent c;
    for (const QJsonValue& v : o.value(QStringLiteral("sections")).toArray())
        if (const auto s = handoverSectionFromCode(v.toString()))
            c.sections.insert(*s);
    c.personal = o.value(QStringLiteral("personal")).toString();
    c.strengths = o.value(QStringLiteral("strengths")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("development")).toArray()) {
        const QJsonObject d = v.toObject();
        c.development.append({d.value(QStringLiteral("domain_id")).toInteger(),
                              d.value(QStringLiteral("domain")).toString(),
                              d.value(QStringLiteral("text")).toString()});
    }
    c.supportThatWorked = o.value(QStringLiteral("support_that_worked")).toString();
    c.partners = o.value(QStringLiteral("partners")).toString();
    c.veProgramme = o.value(QStringLiteral("ve_programme")).toString();
    c.veDuration = o.value(QStringLiteral("ve_duration")).toString();
    c.parentsView = o.value(QStringLiteral("parents_view")).toString();
    c.contactPerson = o.value(QStringLiteral("contact_person")).toString();
    c.warmHandover = o.value(QStringLiteral("warm_handover")).toBool();
    return c;
}

} // namespace kz
