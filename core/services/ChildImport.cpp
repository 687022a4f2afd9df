#include "ChildImport.h"

#include "Clock.h"
#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "domain/Validator.h"
#include "io/ChildCsv.h"
#include "io/CsvReader.h"
#include "store/ChildStore.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace kz {

namespace {

QString nameKey(const Child& c)
{
    return (c.givenName.simplified() + QLatin1Char('|') + c.familyName.simplified()).toCaseFolded() +
           QLatin1Char('|') + c.birthDate.toString(Qt::ISODate);
}

// What the import knows about the actor's side before it reads a row.
struct ImportContext
{
    QHash<QString, qint64> groupByName; // folded name -> id, groups the actor manages
    QSet<QString> ambiguousGroups;      // names used at more than one of her locations
    QSet<qint64> managedGroups;
    QList<Child> existing; // children of those groups, left ones included
    QHash<QString, qsizetype> byNumber;
    QHash<QString, qsizetype> byName;
    QSet<QString> numbersElsewhere; // child numbers of children outside her locations
    QHash<QString, int> seenInFile; // number or name key -> line
    QSet<qint64> matched;
};

ImportContext loadContext(const Database& db, const Actor& actor, const QStringList& fileNumbers)
{
    ImportContext ctx;
    SqlQuery groups(
        db, AccessPolicy::scopeCte() +
                QStringLiteral("SELECT g.id, g.name FROM groups g JOIN locations l ON l.id = g.location_id "
                               "WHERE g.archived = 0 AND l.archived = 0 "
                               "AND g.location_id IN (SELECT id FROM managed_locations)"));
    groups.bind(QStringLiteral(":actor"), actor.userId).exec();
    while (groups.next()) {
        const QString name = groups.value(1).toString().simplified().toCaseFolded();
        if (ctx.groupByName.contains(name))
            ctx.ambiguousGroups.insert(name);
        ctx.groupByName.insert(name, groups.value(0).toLongLong());
        ctx.managedGroups.insert(groups.value(0).toLongLong());
    }
    for (const ChildSummary& s :
         ChildStore(db).list(actor, ChildFilter{.groupId = std::nullopt, .includeLeft = true})) {
        if (!ctx.managedGroups.contains(s.child.groupId))
            continue;
        ctx.existing.append(s.child);
        if (!s.child.externalNumber.isEmpty())
            ctx.byNumber.insert(s.child.externalNumber, ctx.existing.size() - 1);
        ctx.byName.insert(nameKey(s.child), ctx.existing.size() - 1);
    }
    // The file's numbers that children elsewhere have (asked across every location: she sees only
    // her own, and a number is the organisation's once).
    for (const QString& number : ChildStore(db).numbersTaken(fileNumbers))
        if (!ctx.byNumber.contains(number))
            ctx.numbersElsewhere.insert(number);
    return ctx;
}

// The existing child with what the file says; columns the file lacks keep their value.
Child merged(const Child& existing, const Child& in, const QSet<ChildColumn>& columns)
{
    Child c = existing;
    if (columns.contains(ChildColumn::GivenName))
        c.givenName = in.givenName;
    if (columns.contains(ChildColumn::FamilyName) || columns.contains(ChildColumn::Infix))
        c.familyName = in.familyName;
    if (columns.contains(ChildColumn::BirthDate))
        c.birthDate = in.birthDate;
    if (columns.contains(ChildColumn::StartDate))
        c.startDate = in.startDate;
    if (columns.contains(ChildColumn::EndDate))
        c.endDate = in.endDate;
    if (columns.contains(ChildColumn::Neighbourhood))
        c.neighbourhood = in.neighbourhood;
    if (columns.contains(ChildColumn::HomeLanguages))
        c.homeLanguages = in.homeLanguages;
    if (columns.contains(ChildColumn::VeIndication))
        c.veIndicationDate = in.veIndicationDate;
    if (columns.contains(ChildColumn::ExternalNumber) && !in.externalNumber.isEmpty())
        c.externalNumber = in.externalNumber;
    if (!c.endDate)
        c.leaveReason.reset();
    return c;
}

QStringList changedFields(const Child& before, const Child& after)
{
    QStringList changes;
    const auto check = [&](bool differs, const QString& label) {
        if (differs)
            changes.append(label);
    };
    check(before.givenName != after.givenName, ChildImport::tr("given name"));
    check(before.familyName != after.familyName, ChildImport::tr("family name"));
    check(before.birthDate != after.birthDate, ChildImport::tr("birth date"));
    check(before.groupId != after.groupId, ChildImport::tr("group"));
    check(before.startDate != after.startDate, ChildImport::tr("start date"));
    check(before.endDate != after.endDate, ChildImport::tr("end date"));
    check(before.neighbourhood != after.neighbourhood, ChildImport::tr("wijk"));
    check(before.homeLanguages != after.homeLanguages, ChildImport::tr("home languages"));
    check(before.veIndicationDate != after.veIndicationDate, ChildImport::tr("VE indication"));
    check(before.externalNumber != after.externalNumber, ChildImport::tr("child number"));
    return changes;
}

// Finds the child the row is about: by child number, else by name and birth date. Returns its
// index in ctx.existing, or -1 for a new child.
qsizetype findMatch(const ImportContext& ctx, const Child& in, QStringList& problems)
{
    if (!in.externalNumber.isEmpty()) {
        if (ctx.byNumber.contains(in.externalNumber))
            return ctx.byNumber.value(in.externalNumber);
        if (ctx.numbersElsewhere.contains(in.externalNumber)) {
            problems.append(
                ChildImport::tr("the child number \"%1\" belongs to a child outside your locations")
                    .arg(in.externalNumber));
            return -1;
        }
    }
    const qsizetype byName = ctx.byName.value(nameKey(in), -1);
    if (byName < 0)
        return -1;
    const Child& candidate = ctx.existing.at(byName);
    if (!in.externalNumber.isEmpty() && !candidate.externalNumber.isEmpty()) {
        problems.append(
            ChildImport::tr("a child with this name and birth date has child number \"%1\", not \"%2\"")
                .arg(candidate.externalNumber, in.externalNumber));
        return -1;
    }
    return byName;
}

ChildImportItem judge(ImportContext& ctx, const ParsedChild& row, const QSet<ChildColumn>& columns,
                      QStringList& unknownGroups)
{
    ChildImportItem item;
    item.line = row.line;
    item.groupName = row.groupName;
    QStringList problems = row.problems;
    const QString groupKey = row.groupName.simplified().toCaseFolded();
    qint64 groupId = 0;
    if (row.groupName.isEmpty()) {
        problems.append(ChildImport::tr("no group"));
    } else if (ctx.ambiguousGroups.contains(groupKey)) {
        problems.append(
            ChildImport::tr("more than one of your locations has a group \"%1\"").arg(row.groupName));
    } else if (!ctx.groupByName.contains(groupKey)) {
        problems.append(ChildImport::tr("unknown group \"%1\"").arg(row.groupName));
        if (!unknownGroups.contains(row.groupName, Qt::CaseInsensitive))
            unknownGroups.append(row.groupName);
    } else {
        groupId = ctx.groupByName.value(groupKey);
    }

    const qsizetype match = problems.isEmpty() ? findMatch(ctx, row.child, problems) : -1;
    if (match >= 0)
        ctx.matched.insert(ctx.existing.at(match).id);
    item.child = match >= 0 ? merged(ctx.existing.at(match), row.child, columns) : row.child;
    item.child.groupId = groupId;

    const QString fileKey =
        item.child.externalNumber.isEmpty() ? nameKey(item.child) : item.child.externalNumber;
    if (problems.isEmpty() &&
        (ctx.seenInFile.contains(fileKey) || ctx.seenInFile.contains(nameKey(item.child))))
        problems.append(ChildImport::tr("the same child as line %1")
                            .arg(ctx.seenInFile.value(fileKey, ctx.seenInFile.value(nameKey(item.child)))));
    if (problems.isEmpty()) {
        try {
            Validator::check(item.child);
        } catch (const Error& e) {
            problems.append(e.userMessage());
        }
    }
    if (!problems.isEmpty()) {
        item.action = ChildImportAction::Rejected;
        item.reason = problems.join(QStringLiteral("; "));
        return item;
    }
    ctx.seenInFile.insert(fileKey, row.line);
    ctx.seenInFile.insert(nameKey(item.child), row.line);
    if (match < 0) {
        item.action = ChildImportAction::Add;
        return item;
    }
    item.changedFields = changedFields(ctx.existing.at(match), item.child);
    item.action = item.changedFields.isEmpty() ? ChildImportAction::Unchanged : ChildImportAction::Update;
    return item;
}

} // namespace

int ChildImportPreview::count(ChildImportAction action) const
{
    int n = 0;
    for (const ChildImportItem& item : items)
        n += item.action == action ? 1 : 0;
    return n;
}

ChildImportPreview ChildImport::preview(const Database& db, const Actor& actor, const QByteArray& csv)
{
    if (!AccessPolicy::hasRole(db, actor, Role::Manager))
        throw Error(Error::Kind::AccessDenied, tr("Only a location manager can import children."));
    const ChildCsvContent content = ChildCsv::read(csv);
    QStringList fileNumbers;
    for (const ParsedChild& row : content.rows)
        if (!row.child.externalNumber.isEmpty())
            fileNumbers.append(row.child.externalNumber);
    ImportContext ctx = loadContext(db, actor, fileNumbers);
    ChildImportPreview preview;
    preview.unknownColumns = content.unknownColumns;
    for (const ParsedChild& row : content.rows)
        preview.items.append(judge(ctx, row, content.columns, preview.unknownGroups));

    const QDate today = Clock::today();
    for (const ChildSummary& s : ChildStore(db).list(actor))
        if (ctx.managedGroups.contains(s.child.groupId) && !ctx.matched.contains(s.child.id) &&
            (!s.child.endDate || *s.child.endDate >= today))
            preview.notInFile.append(s);
    return preview;
}

ChildImportPreview ChildImport::previewFile(const Database& db, const Actor& actor, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 could not be read.").arg(path), file.errorString());
    if (file.size() > CsvReader::maxFileSize)
        throw Error(Error::Kind::Validation, tr("%1 is too large for a children list.").arg(path));
    return preview(db, actor, file.readAll());
}

int ChildImport::apply(const Database& db, const Actor& actor, const ChildImportPreview& preview)
{
    Transaction transaction(db);
    ChildStore store(db);
    int added = 0;
    int updated = 0;
    for (const ChildImportItem& item : preview.items) {
        if (item.action != ChildImportAction::Add && item.action != ChildImportAction::Update)
            continue;
        try {
            if (item.action == ChildImportAction::Add) {
                store.create(actor, item.child);
                ++added;
                continue;
            }
            // A group change is a move, so the history shows it.
            if (store.get(actor, item.child.id).groupId != item.child.groupId)
                store.move(actor, item.child.id, item.child.groupId, Clock::today());
            store.update(actor, item.child);
            ++updated;
        } catch (const Error& e) {
            throw Error(e.kind(),
                        tr("Nothing was imported: line %1 (%2) could not be written: %3")
                            .arg(item.line)
                            .arg(item.child.fullName(), e.userMessage()),
                        e.detail());
        }
    }
    AuditLog::record(db, actor, QStringLiteral("import"), QStringLiteral("children"), std::nullopt,
                     std::nullopt, QStringLiteral("%1 added, %2 updated").arg(added).arg(updated));
    transaction.commit();
    return added + updated;
}

} // namespace kz
