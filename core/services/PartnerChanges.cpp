#include "PartnerChanges.h"

#include <QLocale>
#include <QRegularExpression>

namespace kz {

namespace {

QString orEmpty(const QString& text)
{
    return text.trimmed().isEmpty() ? PartnerChanges::empty() : text;
}

QString shortened(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() > 60 ? simple.left(59) + QChar(0x2026) : simple;
}

QString addressOf(const Partner& p)
{
    QStringList parts;
    for (const QString& part : {p.address, (p.postcode + QLatin1Char(' ') + p.city).trimmed(), p.country})
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    return parts.join(QStringLiteral(", "));
}

QString agesOf(const Partner& p)
{
    if (p.minimumAge && p.maximumAge)
        return PartnerChanges::tr("%1 to %2 years").arg(*p.minimumAge).arg(*p.maximumAge);
    if (p.minimumAge)
        return PartnerChanges::tr("from %1 years").arg(*p.minimumAge);
    if (p.maximumAge)
        return PartnerChanges::tr("up to %1 years").arg(*p.maximumAge);
    return PartnerChanges::tr("any age");
}

QString verificationOf(const Partner& p)
{
    if (!p.assuredDate)
        return p.assurer;
    const QString date = QLocale().toString(*p.assuredDate, QLocale::ShortFormat);
    return p.assurer.isEmpty() ? date : PartnerChanges::tr("%1 by %2").arg(date, p.assurer);
}

QString statusOf(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Active:
        return PartnerChanges::tr("active");
    case PartnerStatus::Inactive:
        return PartnerChanges::tr("inactive");
    case PartnerStatus::Defunct:
        return PartnerChanges::tr("defunct");
    case PartnerStatus::TemporarilyClosed:
        return PartnerChanges::tr("temporarily closed");
    }
    return {};
}

QStringList contactsOf(const Partner& p)
{
    QStringList result;
    for (const PartnerContact& c : p.contacts)
        result.append(QStringList{c.name, c.role, c.phone, c.email}
                          .filter(QRegularExpression(QStringLiteral("\\S")))
                          .join(QStringLiteral(", ")));
    return result;
}

// Lists compare as sets (case-insensitively): a new order is no change.
bool sameSet(const QStringList& a, const QStringList& b)
{
    QStringList x = a, y = b;
    x.sort(Qt::CaseInsensitive);
    y.sort(Qt::CaseInsensitive);
    return x.join(QLatin1Char('\n')).compare(y.join(QLatin1Char('\n')), Qt::CaseInsensitive) == 0;
}

class Collector
{
public:
    QList<FieldChange> changes;

    void text(const QString& field, const QString& before, const QString& after)
    {
        if (before == after)
            return;
        changes.append({field,
                        orEmpty(shortened(before)),
                        orEmpty(shortened(after)),
                        {},
                        !before.trimmed().isEmpty() && after.trimmed().isEmpty()});
    }

    void list(const QString& field, const QStringList& before, const QStringList& after, bool ordered = false)
    {
        if (ordered ? before == after : sameSet(before, after))
            return;
        FieldChange c{field,
                      orEmpty(before.join(QStringLiteral(", "))),
                      orEmpty(after.join(QStringLiteral(", "))),
                      {},
                      false};
        for (const QString& item : before)
            if (!after.contains(item, Qt::CaseInsensitive))
                c.removed.append(item);
        c.narrows = !c.removed.isEmpty();
        changes.append(c);
    }
};

} // namespace

QString FieldChange::text() const
{
    QString result = PartnerChanges::tr("%1: %2 → %3").arg(field, before, after);
    if (!removed.isEmpty() && after != PartnerChanges::empty())
        result += QLatin1Char(' ') + PartnerChanges::tr("(drops %1)").arg(removed.join(QStringLiteral(", ")));
    return result;
}

QList<FieldChange> PartnerChanges::between(const Partner& before, const Partner& after,
                                           const QHash<QString, QString>& categoryLabels)
{
    Collector c;
    c.text(tr("name"), before.name, after.name);
    c.text(tr("description"), before.description, after.description);
    c.text(tr("category"), categoryLabels.value(before.categoryCode, before.categoryCode),
           categoryLabels.value(after.categoryCode, after.categoryCode));
    c.text(tr("address"), addressOf(before), addressOf(after));
    c.text(tr("phone"), before.phone, after.phone);
    c.text(tr("email"), before.email, after.email);
    c.text(tr("website"), before.website, after.website);
    if (before.minimumAge != after.minimumAge || before.maximumAge != after.maximumAge) {
        const int lowBefore = before.minimumAge.value_or(0), lowAfter = after.minimumAge.value_or(0);
        const int highBefore = before.maximumAge.value_or(999), highAfter = after.maximumAge.value_or(999);
        c.changes.append(
            {tr("ages"), agesOf(before), agesOf(after), {}, lowAfter > lowBefore || highAfter < highBefore});
    }
    c.list(tr("audience"), before.audience, after.audience);
    c.list(tr("languages"), before.languages, after.languages);
    c.list(tr("wijken"), before.serviceAreas, after.serviceAreas);
    c.list(tr("services"), before.services, after.services, true);
    c.text(tr("status"), statusOf(before.status), statusOf(after.status));
    c.text(tr("verification"), verificationOf(before), verificationOf(after));
    c.list(tr("contacts"), contactsOf(before), contactsOf(after), true);
    return c.changes;
}

} // namespace kz
