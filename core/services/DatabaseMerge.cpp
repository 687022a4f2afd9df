#include "DatabaseMerge.h"

#include "CopyTables.h"
#include "Error.h"
#include "TableRows.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"

namespace kz {

namespace {

QSet<QString> lowerCaseValues(const Database& db, const QString& sql)
{
    SqlQuery q(db, sql);
    q.exec();
    QSet<QString> values;
    while (q.next())
        values.insert(q.value(0).toString().toLower());
    return values;
}

// The table an audit entry's entity id is a row of (empty: none Kindzicht can renumber).
QString auditedTable(const QString& entity, const QString& action)
{
    static const QHash<QString, QString> tables = {
        {QStringLiteral("child"), QStringLiteral("children")},
        {QStringLiteral("user"), QStringLiteral("users")},
        {QStringLiteral("location"), QStringLiteral("locations")},
        {QStringLiteral("group"), QStringLiteral("groups")},
        {QStringLiteral("partner"), QStringLiteral("partners")},
        {QStringLiteral("support_need"), QStringLiteral("support_needs")},
        {QStringLiteral("observation"), QStringLiteral("observations")},
        {QStringLiteral("guardian"), QStringLiteral("guardians")},
        {QStringLiteral("referral"), QStringLiteral("referrals")},
        {QStringLiteral("parent_conversation"), QStringLiteral("parent_conversations")},
        {QStringLiteral("parent_summary"), QStringLiteral("parent_summary_snapshots")},
        {QStringLiteral("domain"), QStringLiteral("domains")},
        {QStringLiteral("parent_tips"), QStringLiteral("domains")},
        {QStringLiteral("handover_draft"), QStringLiteral("handovers")},
    };
    if (entity == QLatin1String("handover")) // consent is about the handover, export and receipt its snapshot
        return action == QLatin1String("consent") ? QStringLiteral("handovers")
                                                  : QStringLiteral("handover_snapshots");
    return tables.value(entity);
}

QString partnerNameKey(const QVariant& name, const QVariant& postcode)
{
    QString code = postcode.toString().toUpper();
    code.remove(QLatin1Char(' '));
    return name.toString().simplified().toLower() + QLatin1Char('|') + code;
}

// A note kept with an entry whose subject could not follow it into the target.
void noteFormerId(QVariantList& row, int detailColumn, const QString& what, qint64 id)
{
    if (detailColumn < 0)
        return;
    const QString detail = row[detailColumn].toString();
    row[detailColumn] = (detail.isEmpty() ? QString() : detail + QLatin1Char(' ')) +
                        QStringLiteral("[%1 %2 before the copy]").arg(what).arg(id);
}

} // namespace

DatabaseMerge::DatabaseMerge(const Database& source, const Database& target)
    : m_source(source), m_target(target)
{}

void DatabaseMerge::checkClashes() const
{
    const QSet<QString> theirs = lowerCaseValues(m_target, QStringLiteral("SELECT username FROM users"));
    QStringList clashes;
    SqlQuery accounts(m_source, QStringLiteral("SELECT username FROM users ORDER BY username"));
    accounts.exec();
    while (accounts.next())
        if (theirs.contains(accounts.value(0).toString().toLower()))
            clashes.append(accounts.value(0).toString());
    if (!clashes.isEmpty())
        throw Error(Error::Kind::Conflict,
                    tr("%1 has accounts with these names already: %2. Give those accounts other names in %3 "
                       "first; nothing was copied.")
                        .arg(m_target.path(), clashes.join(QStringLiteral(", ")), m_source.path()));

    const QSet<QString> numbers = lowerCaseValues(
        m_target, QStringLiteral("SELECT external_number FROM children WHERE external_number IS NOT NULL"));
    SqlQuery children(m_source,
                      QStringLiteral("SELECT external_number FROM children WHERE external_number IS "
                                     "NOT NULL ORDER BY external_number"));
    children.exec();
    while (children.next())
        if (numbers.contains(children.value(0).toString().toLower()))
            clashes.append(children.value(0).toString());
    if (!clashes.isEmpty())
        throw Error(Error::Kind::Conflict,
                    tr("%1 has children with these numbers already: %2. Nothing was copied.")
                        .arg(m_target.path(), clashes.join(QStringLiteral(", "))));
}

CopyResult DatabaseMerge::run()
{
    CopyResult result;
    result.merged = true;
    QHash<QString, qint64> expected;
    for (const CopiedTable& table : CopyTables::inOrder())
        expected.insert(table.name, TableRows::count(m_target, table.name));
    const std::unique_ptr<SearchIndexFill> index = m_target.dialect().fillObservationIndexInBulk(m_target);
    for (const CopiedTable& table : CopyTables::inOrder()) {
        const qint64 added = addTable(table);
        result.added.insert(table.name, added);
        expected[table.name] += added;
    }
    index->finish();
    for (const CopiedTable& table : CopyTables::inOrder())
        m_target.dialect().continueIdsAfter(m_target, table.name);
    DatabaseCopy::verify(m_target, expected);
    result.partnersMatched = m_partnersMatched;
    return result;
}

qint64 DatabaseMerge::addTable(const CopiedTable& table)
{
    if (table.merge == MergeRule::TargetKeeps)
        return 0;
    TableRows rows =
        TableRows::read(m_source, table.name, DatabaseCopy::sharedColumns(m_source, m_target, table.name));
    if (table.merge == MergeRule::OfAddedPartner)
        keepOnlyAddedPartners(rows);
    renumberReferences(table, rows);
    assignIds(table, rows);
    if (table.merge == MergeRule::AddMissing)
        dropExistingKeys(table, rows);
    if (table.name == QLatin1String("audit_log"))
        renumberAuditSubjects(rows);
    if (table.name == QLatin1String("observation_drafts"))
        renumberDraftDomains(rows);
    rows.insertInto(m_target);
    return rows.rows.size();
}

QHash<QString, qint64> DatabaseMerge::existingIds(const CopiedTable& table, const TableRows& rows,
                                                  QHash<qint64, QString>* keys)
{
    QHash<QString, qint64> existing;
    const int id = rows.column(QStringLiteral("id"));
    if (table.merge == MergeRule::MatchCode) {
        SqlQuery q(m_target, QStringLiteral("SELECT id, code FROM ") + table.name);
        q.exec();
        while (q.next())
            existing.insert(q.value(1).toString(), q.value(0).toLongLong());
        for (const QVariantList& row : rows.rows)
            keys->insert(row[id].toLongLong(), row[rows.column(QStringLiteral("code"))].toString());
    } else if (table.merge == MergeRule::MatchPartner) {
        SqlQuery q(m_target, QStringLiteral("SELECT id, hsds_id, name, postcode FROM partners"));
        q.exec();
        while (q.next()) {
            existing.insert(QStringLiteral("hsds:") + q.value(1).toString(), q.value(0).toLongLong());
            existing.insert(QStringLiteral("name:") + partnerNameKey(q.value(2), q.value(3)),
                            q.value(0).toLongLong());
        }
        const int hsds = rows.column(QStringLiteral("hsds_id"));
        for (const QVariantList& row : rows.rows) {
            const QString byId = QStringLiteral("hsds:") + row[hsds].toString();
            keys->insert(row[id].toLongLong(),
                         existing.contains(byId)
                             ? byId
                             : QStringLiteral("name:") +
                                   partnerNameKey(row[rows.column(QStringLiteral("name"))],
                                                  row[rows.column(QStringLiteral("postcode"))]));
        }
    }
    return existing;
}

void DatabaseMerge::assignIds(const CopiedTable& table, TableRows& rows)
{
    const int id = rows.column(QStringLiteral("id"));
    if (id < 0)
        return;
    QHash<qint64, QString> keys;
    const QHash<QString, qint64> existing = existingIds(table, rows, &keys);
    IdMap& map = m_ids[table.name];
    qint64 next = TableRows::largestId(m_target, table.name);
    QList<QVariantList> added;
    for (QVariantList& row : rows.rows) {
        const qint64 old = row[id].toLongLong();
        const auto match = existing.constFind(keys.value(old));
        if (keys.contains(old) && match != existing.cend()) {
            map.insert(old, *match); // the target's own row stands for it
            m_partnersMatched += table.merge == MergeRule::MatchPartner ? 1 : 0;
            continue;
        }
        map.insert(old, ++next);
        row[id] = next;
        if (table.merge == MergeRule::MatchPartner)
            m_addedPartners.insert(old);
        added.append(row);
    }
    rows.rows = added;
}

void DatabaseMerge::keepOnlyAddedPartners(TableRows& rows) const
{
    const int partner = rows.column(QStringLiteral("partner_id"));
    rows.rows.removeIf(
        [&](const QVariantList& row) { return !m_addedPartners.contains(row[partner].toLongLong()); });
}

void DatabaseMerge::dropExistingKeys(const CopiedTable& table, TableRows& rows) const
{
    // Areas are one per name (in any case); a kind of help answers a domain once.
    const bool areas = table.name == QLatin1String("areas");
    const QStringList keyColumns = areas ? QStringList{QStringLiteral("name")} : rows.columns;
    const QString keySql = keyColumns.join(QStringLiteral(" || '|' || "));
    const QSet<QString> existing =
        lowerCaseValues(m_target, QStringLiteral("SELECT %1 FROM %2").arg(keySql, table.name));
    rows.rows.removeIf([&](const QVariantList& row) {
        QStringList key;
        for (const QString& column : keyColumns)
            key.append(row[rows.column(column)].toString());
        return existing.contains(key.join(QLatin1Char('|')).toLower());
    });
}

void DatabaseMerge::renumberReferences(const CopiedTable& table, TableRows& rows) const
{
    const int detail = rows.column(QStringLiteral("detail"));
    for (const CopiedReference& reference : table.references) {
        const int column = rows.column(reference.column);
        if (column < 0)
            continue;
        const IdMap map = m_ids.value(reference.table);
        for (QVariantList& row : rows.rows) {
            if (row[column].isNull())
                continue;
            const qint64 old = row[column].toLongLong();
            const auto found = map.constFind(old);
            if (found != map.cend()) {
                row[column] = *found;
            } else if (!reference.enforced) { // a purged child's trail: the id would name another child
                row[column] = QVariant();
                noteFormerId(row, detail, reference.column, old);
            } else {
                throw Error(Error::Kind::Database,
                            tr("The source database refers to rows it does not hold; "
                               "nothing was copied."),
                            QStringLiteral("%1.%2 = %3").arg(table.name, reference.column).arg(old));
            }
        }
    }
}

void DatabaseMerge::renumberAuditSubjects(TableRows& rows) const
{
    const int entity = rows.column(QStringLiteral("entity"));
    const int action = rows.column(QStringLiteral("action"));
    const int entityId = rows.column(QStringLiteral("entity_id"));
    const int detail = rows.column(QStringLiteral("detail"));
    for (QVariantList& row : rows.rows) {
        if (row[entityId].isNull())
            continue;
        const qint64 old = row[entityId].toLongLong();
        const IdMap map = m_ids.value(auditedTable(row[entity].toString(), row[action].toString()));
        const auto found = map.constFind(old);
        if (found != map.cend()) {
            row[entityId] = *found;
        } else {
            row[entityId] = QVariant();
            noteFormerId(row, detail, row[entity].toString(), old);
        }
    }
}

void DatabaseMerge::renumberDraftDomains(TableRows& rows) const
{
    // An unfinished note keeps its domains as a list of ids in text.
    const int column = rows.column(QStringLiteral("domain_ids"));
    const IdMap domains = m_ids.value(QStringLiteral("domains"));
    for (QVariantList& row : rows.rows) {
        QStringList ids = row[column].toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& id : ids)
            id = QString::number(domains.value(id.trimmed().toLongLong(), id.trimmed().toLongLong()));
        row[column] = ids.join(QLatin1Char(','));
    }
}

} // namespace kz
