#include "HandoverRules.h"

#include "Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "domain/Labels.h"

#include <QRegularExpression>
#include <algorithm>

namespace kz {

namespace {

QString normalised(const QString& text)
{
    return text.toLower().simplified();
}

} // namespace

bool HandoverRules::isEmpty(const HandoverContent& content, HandoverSection section)
{
    switch (section) {
    case HandoverSection::Personal:
        return content.personal.trimmed().isEmpty() && content.strengths.trimmed().isEmpty();
    case HandoverSection::Development:
        return std::all_of(content.development.cbegin(), content.development.cend(),
                           [](const DomainDevelopment& d) { return d.text.trimmed().isEmpty(); });
    case HandoverSection::Support:
        return content.supportThatWorked.trimmed().isEmpty();
    case HandoverSection::Partners:
        return content.partners.trimmed().isEmpty();
    case HandoverSection::Ve:
        return content.veProgramme.trimmed().isEmpty() && content.veDuration.trimmed().isEmpty();
    case HandoverSection::ParentsView:
        return content.parentsView.trimmed().isEmpty();
    }
    return true;
}

namespace {

// Everything the school would read, as one searchable text.
QString schoolText(const HandoverContent& c)
{
    QStringList parts{c.personal,    c.strengths,  c.supportThatWorked, c.partners,
                      c.veProgramme, c.veDuration, c.parentsView,       c.contactPerson};
    for (const DomainDevelopment& d : c.development)
        parts.append(d.text);
    return normalised(parts.join(QLatin1Char('\n')));
}

} // namespace

void HandoverRules::check(const Database& db, qint64 childId, const std::optional<Handover>& handover,
                          const HandoverContent& content)
{
    const ConsentState state = handover ? handover->consent.state : ConsentState::NotRequested;
    if (state != ConsentState::Given)
        throw Error(
            Error::Kind::Validation,
            tr("The handover cannot be exported yet: the parents have not given their consent (%1). A "
               "handover goes to the school only after the parents have given their consent.")
                .arg(Labels::consentState(state)));
    if (content.sections.isEmpty())
        throw Error(Error::Kind::Validation, tr("Choose at least one section to hand over."));
    const QSet<HandoverSection> outside = content.sections - handover->consent.sections;
    if (!outside.isEmpty())
        throw Error(
            Error::Kind::Validation,
            tr("The parents' consent does not cover: %1. Leave these sections out, or record consent that "
               "covers them.")
                .arg(Labels::handoverSections(outside)));

    SqlQuery child(db, QStringLiteral("SELECT ve_indication_date FROM children WHERE id = :id"));
    child.bind(QStringLiteral(":id"), childId);
    const bool hasVeIndication = !child.scalar().value_or(QVariant()).isNull();
    if (hasVeIndication &&
        (!content.sections.contains(HandoverSection::Ve) || content.veProgramme.trimmed().isEmpty() ||
         content.veDuration.trimmed().isEmpty()))
        throw Error(
            Error::Kind::Validation,
            tr("This child has a VE indication: the VE programme and how long the child took part in it "
               "must be handed over."));
    for (HandoverSection s : allHandoverSections())
        if (content.sections.contains(s) && isEmpty(content, s))
            throw Error(Error::Kind::Validation,
                        tr("The section \"%1\" is empty: fill it in or leave it out.")
                            .arg(Labels::handoverSection(s)));
    if (content.contactPerson.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("Enter the contact person at the location for the school."));

    // Restricted notes never leave the location, not even pasted into a section by hand.
    const QString text = schoolText(content);
    SqlQuery restricted(db,
                        QStringLiteral("SELECT body, observed_at FROM observations WHERE child_id = :child "
                                       "AND restricted = 1"));
    restricted.bind(QStringLiteral(":child"), childId).exec();
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?\\n;]+"));
    while (restricted.next()) {
        QStringList passages = restricted.value(0).toString().split(sentenceEnd, Qt::SkipEmptyParts);
        passages.append(restricted.value(0).toString());
        for (const QString& passage : passages) {
            const QString p = normalised(passage);
            if (p.size() >= 20 && text.contains(p))
                throw Error(Error::Kind::Validation,
                            tr("The handover contains text of a restricted observation (of %1). Restricted "
                               "observations never go to the school: remove that text first.")
                                .arg(sql::toMoment(restricted.value(1))
                                         .toLocalTime()
                                         .date()
                                         .toString(QStringLiteral("dd-MM-yyyy"))));
        }
    }
}

} // namespace kz
