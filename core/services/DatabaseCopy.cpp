#include "DatabaseCopy.h"

#include "CopyTables.h"
#include "DatabaseMerge.h"
#include "Error.h"
#include "TableRows.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/ReadTransaction.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/UserStore.h"

#include <QSet>
#include <algorithm>

namespace kz {

namespace {

// Rows held in memory at a time while a copy reads a table: a copy of a million notes holds
// this many, not the table.
constexpr int copyBatch = 5000;

// The rows a new database starts with (migrations): they do not make it a database in use.
const QSet<QString> startingTables = {QStringLiteral("meta"), QStringLiteral("domains"),
                                      QStringLiteral("partner_categories"),
                                      QStringLiteral("partner_category_domains")};

// Kept by each database for itself: its own schema version and its own unfinished wipe.
bool ownMeta(const QVariantList& row)
{
    const QString key = row.value(0).toString();
    return key == QLatin1String("schema_version") || key == QLatin1String("wipe_pending");
}

QString summary(const CopyResult& result)
{
    return QStringLiteral("%1 locations, %2 children, %3 observations, %4 audit entries")
        .arg(result.added.value(QStringLiteral("locations")))
        .arg(result.added.value(QStringLiteral("children")))
        .arg(result.added.value(QStringLiteral("observations")))
        .arg(result.added.value(QStringLiteral("audit_log")));
}

} // namespace

QStringList DatabaseCopy::sharedColumns(const Database& source, const Database& target, const QString& table)
{
    const QStringList from = source.dialect().writableColumns(source, table);
    QStringList columns = target.dialect().writableColumns(target, table);
    columns.removeIf([&](const QString& column) { return !from.contains(column); });
    return columns;
}

void DatabaseCopy::checkTablesKnown(const Database& db)
{
    QStringList unknown = db.dialect().tableNames(db);
    for (const CopiedTable& table : CopyTables::inOrder())
        unknown.removeAll(table.name);
    if (!unknown.isEmpty())
        throw Error(
            Error::Kind::Validation,
            tr("%1 holds tables this version of Kindzicht cannot copy; nothing was copied.").arg(db.path()),
            unknown.join(QStringLiteral(", ")));
}

void DatabaseCopy::checkCompatible(const Database& source, const Database& target)
{
    if (source.path() == target.path())
        throw Error(Error::Kind::Validation, tr("The source and the target are the same database."));
    checkTablesKnown(source);
    checkTablesKnown(target);
    if (source.schemaVersion() != target.schemaVersion())
        throw Error(Error::Kind::Validation,
                    tr("The two databases have different schema versions (%1 and %2); open both with this "
                       "version of Kindzicht first.")
                        .arg(source.schemaVersion())
                        .arg(target.schemaVersion()));
}

bool DatabaseCopy::isEmpty(const Database& db)
{
    for (const CopiedTable& table : CopyTables::inOrder())
        if (!startingTables.contains(table.name) && TableRows::count(db, table.name) > 0)
            return false;
    return true;
}

void DatabaseCopy::verify(const Database& target, const QHash<QString, qint64>& expected)
{
    QStringList wrong;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const qint64 found = TableRows::count(target, it.key());
        if (found != it.value())
            wrong.append(QStringLiteral("%1: %2 rows, %3 expected").arg(it.key()).arg(found).arg(it.value()));
    }
    if (const std::optional<QString> broken = target.dialect().brokenReference(target))
        wrong.append(*broken);
    if (!wrong.isEmpty())
        throw Error(Error::Kind::Database,
                    tr("The copy did not match its source when it was checked; nothing was written."),
                    wrong.join(QStringLiteral("; ")));
}

CopyResult DatabaseCopy::copyAsIs(const Database& source, const Database& target)
{
    const QList<CopiedTable>& tables = CopyTables::inOrder();
    // Only the starting rows are there (isEmpty); the source's own take their place, ids and all.
    // The other tables are left alone: on a server an account may not delete from the audit at all.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        if (startingTables.contains(it->name))
            SqlQuery::run(target, it->name == QLatin1String("meta")
                                      ? QStringLiteral("DELETE FROM meta WHERE key <> 'schema_version'")
                                      : QStringLiteral("DELETE FROM ") + it->name);
    const std::unique_ptr<SearchIndexFill> index = target.dialect().fillObservationIndexInBulk(target);
    CopyResult result;
    QHash<QString, qint64> expected;
    for (const CopiedTable& table : tables) {
        qint64 added = 0;
        TableRows::readInBatches(source, table.name, sharedColumns(source, target, table.name), copyBatch,
                                 [&](TableRows& rows) {
                                     if (table.name == QLatin1String("meta"))
                                         rows.rows.removeIf(ownMeta);
                                     rows.insertInto(target);
                                     added += rows.rows.size();
                                 });
        result.added.insert(table.name, added);
        expected.insert(table.name, TableRows::count(source, table.name));
    }
    index->finish();
    for (const CopiedTable& table : tables)
        target.dialect().continueIdsAfter(target, table.name);
    expected[QStringLiteral("meta")] = result.added.value(QStringLiteral("meta")) + 1; // schema_version
    verify(target, expected);
    return result;
}

CopyResult DatabaseCopy::copy(const Database& source, const Actor& actor, const Database& target,
                              const std::optional<Actor>& targetActor, const QString& targetName)
{
    AccessPolicy::requireAnyRole(source, actor, {Role::Admin}, QStringLiteral("copy"));
    AccessPolicy::requireEveryRow(source, actor, QStringLiteral("copy"));
    checkCompatible(source, target);
    const bool merge = !isEmpty(target);
    if (merge && !targetActor)
        throw Error(Error::Kind::AccessDenied,
                    tr("%1 holds other locations already: log in as one of its administrators to add to it.")
                        .arg(target.path()));
    if (merge) {
        AccessPolicy::requireAnyRole(target, *targetActor, {Role::Admin}, QStringLiteral("copy"));
        // Other locations' rows and the audit trail's actors are written as they were.
        AccessPolicy::requireEveryRow(target, *targetActor, QStringLiteral("copy"));
    }

    CopyResult result;
    {
        const ReadTransaction read(source);
        std::optional<DatabaseMerge> merging;
        if (merge) {
            merging.emplace(source, target);
            merging->checkClashes(); // before anything is written
        }
        Transaction write(target);
        result = merge ? merging->run() : copyAsIs(source, target);
        const Actor who =
            merge ? *targetActor : UserStore(target).actorByUsername(actor.username).value_or(Actor{});
        AuditLog::record(target, who, QStringLiteral("copy"), QStringLiteral("database"), std::nullopt,
                         std::nullopt, QStringLiteral("from %1: %2").arg(source.path(), summary(result)));
        write.commit();
    }
    // The planner's statistics for what arrived: a server's autovacuum gathers them only later.
    target.optimize();
    Transaction write(source);
    AuditLog::record(
        source, actor, QStringLiteral("copy"), QStringLiteral("database"), std::nullopt, std::nullopt,
        QStringLiteral("to %1: %2").arg(targetName.isEmpty() ? target.path() : targetName, summary(result)));
    write.commit();
    return result;
}

void DatabaseCopy::snapshotInto(const Database& source, const QString& file)
{
    const Database target = Database::open(file);
    restoreInto(source, target);
}

void DatabaseCopy::restoreInto(const Database& source, const Database& target)
{
    checkCompatible(source, target);
    if (!isEmpty(target))
        throw Error(Error::Kind::Conflict,
                    tr("%1 holds data already; nothing was copied.").arg(target.path()));
    const ReadTransaction read(source);
    Transaction write(target);
    copyAsIs(source, target);
    write.commit();
    target.optimize();
}

} // namespace kz
