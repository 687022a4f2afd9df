#include "IdentifyingTerms.h"

#include "db/SqlQuery.h"

#include <QLocale>

namespace kz {

namespace {

using Terms = QList<IdentifyingTerm>;

void addName(Terms& terms, const QString& fullName, const QString& replacement, IdentifierKind kind)
{
    const QString name = fullName.simplified();
    if (name.isEmpty())
        return;
    terms.append({name, replacement, kind});
    // The given name alone as well: people write "Noor" and "moeder Fatma".
    const QString given = name.section(QLatin1Char(' '), 0, 0);
    if (given != name)
        terms.append({given, replacement, kind});
}

void addRows(Terms& terms, const Database& db, const QString& sql, qint64 childId, const QString& replacement,
             IdentifierKind kind)
{
    SqlQuery q(db, sql);
    if (sql.contains(QStringLiteral(":child")))
        q.bind(QStringLiteral(":child"), childId);
    q.exec();
    while (q.next())
        addName(terms, q.value(0).toString(), replacement, kind);
}

bool isDenHaag(const QString& city)
{
    const QString c = city.simplified().toCaseFolded();
    return c == QLatin1String("den haag") || c == QLatin1String("'s-gravenhage") ||
           c == QLatin1String("the hague");
}

// Wijken and stadsdelen by their place in the area tree: a stadsdeel lies in a city, a wijk in a stadsdeel.
void addAreas(Terms& terms, const Database& db, const QString& city)
{
    const bool hague = isDenHaag(city);
    const QString neighbourhood = IdentifyingTerms::neighbourhoodOf(city);
    const QString district =
        hague ? IdentifyingTerms::tr("a Hague district") : IdentifyingTerms::tr("a district");
    SqlQuery q(db, QStringLiteral("SELECT a.name, a.parent, COALESCE(p.parent, '') FROM areas a "
                                  "LEFT JOIN areas p ON p.name = a.parent WHERE a.parent <> ''"));
    q.exec();
    while (q.next()) {
        const bool isWijk = !q.value(2).toString().isEmpty();
        terms.append({q.value(0).toString(), isWijk ? neighbourhood : district, IdentifierKind::Area});
    }
}

void addPartners(Terms& terms, const Database& db)
{
    const bool dutch = QLocale().language() == QLocale::Dutch;
    SqlQuery q(db, QStringLiteral("SELECT p.name, c.code, c.label_nl, c.label_en, p.address, p.postcode "
                                  "FROM partners p JOIN partner_categories c ON c.id = p.category_id"));
    q.exec();
    while (q.next()) {
        const QString replacement = q.value(1).toString() == QLatin1String("school")
                                        ? IdentifyingTerms::tr("[a school]")
                                        : IdentifyingTerms::tr("[an organisation: %1]")
                                              .arg((dutch ? q.value(2) : q.value(3)).toString().toLower());
        terms.append({q.value(0).toString(), replacement, IdentifierKind::Partner});
        terms.append({q.value(4).toString(), IdentifyingTerms::tr("[address]"), IdentifierKind::Address});
    }
}

void addLocations(Terms& terms, const Database& db, qint64 groupId)
{
    SqlQuery q(db, QStringLiteral("SELECT l.name, l.address, l.city, l.id = (SELECT location_id FROM groups "
                                  "WHERE id = :group) FROM locations l"));
    q.bind(QStringLiteral(":group"), groupId).exec();
    while (q.next()) {
        terms.append(
            {q.value(0).toString(), IdentifyingTerms::tr("[the location]"), IdentifierKind::Location});
        terms.append({q.value(1).toString(), IdentifyingTerms::tr("[address]"), IdentifierKind::Address});
    }
    SqlQuery groups(db, QStringLiteral("SELECT name FROM groups"));
    groups.exec();
    while (groups.next())
        terms.append(
            {groups.value(0).toString(), IdentifyingTerms::tr("[the group]"), IdentifierKind::Group});
}

QString cityOf(const Database& db, qint64 groupId)
{
    SqlQuery q(db, QStringLiteral("SELECT l.city FROM groups g JOIN locations l ON l.id = g.location_id "
                                  "WHERE g.id = :group"));
    q.bind(QStringLiteral(":group"), groupId);
    return q.scalar().value_or(QVariant()).toString();
}

} // namespace

QString IdentifyingTerms::neighbourhoodOf(const QString& city)
{
    return isDenHaag(city) ? tr("a Hague neighbourhood") : tr("a neighbourhood");
}

bool IdentifyingTerms::isCommonLanguage(const QString& language)
{
    // The home languages most spoken in the Netherlands, in Dutch and English: naming them does not
    // point to one family.
    static const QSet<QString> common = {
        QStringLiteral("nederlands"),  QStringLiteral("dutch"),      QStringLiteral("engels"),
        QStringLiteral("english"),     QStringLiteral("arabisch"),   QStringLiteral("arabic"),
        QStringLiteral("turks"),       QStringLiteral("turkish"),    QStringLiteral("pools"),
        QStringLiteral("polish"),      QStringLiteral("tamazight"),  QStringLiteral("berbers"),
        QStringLiteral("berber"),      QStringLiteral("papiaments"), QStringLiteral("papiamento"),
        QStringLiteral("sranantongo"), QStringLiteral("duits"),      QStringLiteral("german"),
        QStringLiteral("frans"),       QStringLiteral("french"),     QStringLiteral("spaans"),
        QStringLiteral("spanish")};
    return common.contains(language.simplified().toCaseFolded());
}

QString IdentifyingTerms::homeLanguages(const QString& languages)
{
    QStringList named;
    bool other = false;
    for (const QString& l : languages.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (isCommonLanguage(l))
            named.append(l.simplified());
        else
            other = true;
    }
    if (other)
        named.append(tr("another home language"));
    return named.join(QStringLiteral(", "));
}

QList<IdentifyingTerm> IdentifyingTerms::forChild(const Database& db, const Child& child,
                                                  const QList<Guardian>& guardians)
{
    Terms terms;
    addName(terms, child.fullName(), tr("[child]"), IdentifierKind::Child);
    terms.append({child.familyName, tr("[family name]"), IdentifierKind::Child});
    for (const Guardian& g : guardians) {
        addName(terms, g.name, tr("[parent]"), IdentifierKind::Parent);
        terms.append(
            {g.name.simplified().section(QLatin1Char(' '), 1), tr("[family name]"), IdentifierKind::Parent});
        terms.append({g.phone, tr("[phone number]"), IdentifierKind::Contact});
        terms.append({g.email, tr("[e-mail address]"), IdentifierKind::Contact});
        if (!isCommonLanguage(g.preferredLanguage))
            terms.append({g.preferredLanguage, tr("another home language"), IdentifierKind::Language});
    }
    terms.append({child.externalNumber, tr("[number]"), IdentifierKind::Contact});
    // The other children of the group, and those with the same family name (brothers and sisters).
    addRows(terms, db,
            QStringLiteral("SELECT given_name || ' ' || family_name FROM children WHERE id <> :child AND "
                           "(group_id = (SELECT group_id FROM children WHERE id = :child) OR family_name = "
                           "(SELECT family_name FROM children WHERE id = :child))"),
            child.id, tr("[another child]"), IdentifierKind::OtherChild);
    // The staff: everyone who works in a group or location, and whoever wrote about this child.
    addRows(
        terms, db,
        QStringLiteral("SELECT display_name FROM users WHERE id IN (SELECT user_id FROM user_groups) OR "
                       "id IN (SELECT user_id FROM user_locations) OR id IN (SELECT author_id FROM "
                       "observations WHERE child_id = :child) OR id IN (SELECT h.changed_by FROM "
                       "support_need_history h JOIN support_needs n ON n.id = h.need_id WHERE n.child_id = "
                       ":child)"),
        child.id, tr("[staff member]"), IdentifierKind::Staff);
    addLocations(terms, db, child.groupId);
    addPartners(terms, db);
    const QString city = cityOf(db, child.groupId);
    terms.append({child.neighbourhood, neighbourhoodOf(city), IdentifierKind::Area});
    addAreas(terms, db, city);
    for (const QString& l : child.homeLanguages.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!isCommonLanguage(l))
            terms.append({l.simplified(), tr("another home language"), IdentifierKind::Language});
    return terms;
}

} // namespace kz
