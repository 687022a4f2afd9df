// kindzicht-cli children: the list, and enrolling, correcting, moving and leaving (managers of the location).
#include "Clock.h"
#include "CommandLine.h"
#include "Error.h"
#include "OptionValues.h"
#include "UsageError.h"
#include "db/Database.h"
#include "domain/Age.h"
#include "domain/NeedLevel.h"
#include "io/CsvWriter.h"
#include "store/ChildOverviewQuery.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"

namespace kz {

namespace {

const QStringList childOptions = {QStringLiteral("given"),         QStringLiteral("family"),
                                  QStringLiteral("birth"),         QStringLiteral("start"),
                                  QStringLiteral("neighbourhood"), QStringLiteral("languages"),
                                  QStringLiteral("ve-indication"), QStringLiteral("external-number")};

// Only the options given change a child's details; an empty --ve-indication clears the date.
void applyChildOptions(Child& child, const QCommandLineParser& parser)
{
    const auto text = [&parser](const QString& option, QString& field) {
        if (parser.isSet(option))
            field = parser.value(option).simplified();
    };
    text(QStringLiteral("given"), child.givenName);
    text(QStringLiteral("family"), child.familyName);
    text(QStringLiteral("neighbourhood"), child.neighbourhood);
    text(QStringLiteral("languages"), child.homeLanguages);
    text(QStringLiteral("external-number"), child.externalNumber);
    if (const std::optional<QDate> birth = OptionValues::date(parser, QStringLiteral("birth")))
        child.birthDate = *birth;
    if (const std::optional<QDate> start = OptionValues::date(parser, QStringLiteral("start")))
        child.startDate = *start;
    if (parser.isSet(QStringLiteral("ve-indication")))
        child.veIndicationDate = parser.value(QStringLiteral("ve-indication")).trimmed().isEmpty()
                                     ? std::nullopt
                                     : OptionValues::date(parser, QStringLiteral("ve-indication"));
}

LeaveReason leaveReasonOption(const QCommandLineParser& parser)
{
    const std::optional<LeaveReason> reason = leaveReasonFromCode(
        OptionValues::required(parser, QStringLiteral("reason"), QStringLiteral("children leave")));
    if (!reason)
        throw UsageError{
            CommandLine::tr("Unknown reason \"%1\"; use primary_school, moved, other_childcare or other.")
                .arg(parser.value(QStringLiteral("reason")))};
    return *reason;
}

} // namespace

int CommandLine::children(const Database& db, const Actor& actor, const QStringList& command,
                          const QCommandLineParser& parser)
{
    ChildStore store(db);
    const QString& action = command.at(1);
    if (action == QLatin1String("import") && command.size() == 3)
        return childrenImport(db, actor, command.at(2), parser.isSet(QStringLiteral("dry-run")));
    if (action == QLatin1String("add") && command.size() == 2) {
        for (const QString& option : {QStringLiteral("given"), QStringLiteral("family"),
                                      QStringLiteral("birth"), QStringLiteral("group")})
            OptionValues::required(parser, option, QStringLiteral("children add"));
        Child child;
        child.startDate = Clock::today();
        applyChildOptions(child, parser);
        const Group group = groupArgument(db, actor, parser.value(QStringLiteral("group")));
        child.groupId = group.id;
        const qint64 id = store.create(actor, child);
        m_out << tr("Child %1 enrolled: %2 in %3 from %4.")
                     .arg(id)
                     .arg(child.fullName(), group.name, child.startDate.toString(Qt::ISODate))
              << Qt::endl;
        return exitOk;
    }
    if (command.size() != 3)
        throw UsageError{
            tr("Use \"children list\", \"children show CHILD\", \"children add ...\", \"children edit "
               "CHILD\", \"children move CHILD --group G\", \"children leave CHILD --on DATE --reason R\" "
               "or \"children import FILE\"; see --help.")};
    if (action == QLatin1String("edit")) {
        if (parser.isSet(QStringLiteral("group")))
            throw UsageError{tr("A new group is a move: use \"children move CHILD --group G\".")};
        if (!OptionValues::anySet(parser, childOptions))
            throw UsageError{
                tr("Nothing to change: give --given, --family, --birth, --start, --neighbourhood, "
                   "--languages, --ve-indication or --external-number.")};
        Child child = store.get(actor, childArgument(db, actor, command.at(2)));
        applyChildOptions(child, parser);
        store.update(actor, child);
        m_out << tr("Details of child %1 corrected: %2.").arg(child.id).arg(child.fullName()) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("move")) {
        const QString groupText =
            OptionValues::required(parser, QStringLiteral("group"), QStringLiteral("children move"));
        const QDate on = OptionValues::date(parser, QStringLiteral("on")).value_or(Clock::today());
        const Child child = store.get(actor, childArgument(db, actor, command.at(2)));
        const Group group = groupArgument(db, actor, groupText);
        store.move(actor, child.id, group.id, on);
        m_out << tr("%1 moves to %2 on %3.").arg(child.fullName(), group.name, on.toString(Qt::ISODate))
              << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("leave")) {
        OptionValues::required(parser, QStringLiteral("on"), QStringLiteral("children leave"));
        const QDate on = *OptionValues::date(parser, QStringLiteral("on"));
        const LeaveReason reason = leaveReasonOption(parser);
        const Child child = store.get(actor, childArgument(db, actor, command.at(2)));
        store.leave(actor, child.id, on, reason);
        m_out << tr("%1 leaves on %2 (%3); the retention period counts from that day.")
                     .arg(child.fullName(), on.toString(Qt::ISODate), toCode(reason))
              << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("show"))
        return childrenShow(db, actor, childArgument(db, actor, command.at(2)));
    throw UsageError{tr("Unknown command \"%1\"; see --help.").arg(command.join(QLatin1Char(' ')))};
}

int CommandLine::childrenShow(const Database& db, const Actor& actor, qint64 childId)
{
    ChildStore store(db);
    const Child child = store.get(actor, childId);
    const Group group = OrganisationStore(db).group(actor, child.groupId);
    const auto date = [](const std::optional<QDate>& d) { return d ? d->toString(Qt::ISODate) : QString(); };
    QList<QStringList> rows = {
        {tr("Number"), QString::number(child.id)},
        {tr("Name"), child.fullName()},
        {tr("Birth date"), child.birthDate.toString(Qt::ISODate)},
        {tr("Group"), tr("%1 (%2)").arg(group.name, group.locationName)},
        {tr("Start date"), child.startDate.toString(Qt::ISODate)},
        {tr("End date"), date(child.endDate)},
        {tr("Reason for leaving"), child.leaveReason ? toCode(*child.leaveReason) : QString()},
        {tr("Wijk"), child.neighbourhood},
        {tr("Home languages"), child.homeLanguages},
        {tr("VE indication"), date(child.veIndicationDate)},
        {tr("External number"), child.externalNumber},
    };
    for (const GroupMove& move : store.moves(actor, child.id))
        rows.append({tr("Moved"), tr("%1: from %2 to %3, by %4")
                                      .arg(move.movedOn.toString(Qt::ISODate), move.fromGroupName,
                                           move.toGroupName, move.movedBy)});
    for (const QStringList& row : rows)
        if (!row.at(1).isEmpty())
            m_out << row.at(0) << QStringLiteral(": ") << row.at(1) << Qt::endl;
    return exitOk;
}

int CommandLine::childrenList(const Database& db, const Actor& actor, const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    ChildOverviewFilter filter;
    filter.includeLeft = parser.isSet(QStringLiteral("include-left"));
    if (parser.isSet(QStringLiteral("group")))
        filter.groupId = groupArgument(db, actor, parser.value(QStringLiteral("group"))).id;
    const ChildOverviewQuery children(db, actor, filter);
    const QDate today = Clock::today();
    const QStringList header = {
        tr("Id"),       tr("Name"), tr("Birth date"), tr("Age"),           tr("Group"),
        tr("Location"), tr("Wijk"), tr("Open needs"), tr("Highest level"), tr("Last observation"),
        tr("End date")};
    const bool csv = format == QLatin1String("csv");
    const auto fields = [&today, csv](const ChildSummary& s) {
        const Age age = Age::between(s.child.birthDate, today);
        // Text on the terminal is a look (levels in words); CSV is data, and keeps the number.
        const QString level = csv ? (s.highestOpenLevel ? QString::number(s.highestOpenLevel) : QString())
                                  : NeedLevel::label(s.highestOpenLevel);
        return QStringList{QString::number(s.child.id),
                           s.child.fullName(),
                           s.child.birthDate.toString(Qt::ISODate),
                           tr("%1y %2m").arg(age.years).arg(age.months),
                           s.groupName,
                           s.locationName,
                           s.child.neighbourhood,
                           QString::number(s.openNeeds),
                           level,
                           s.lastObservation ? s.lastObservation->toString(Qt::ISODate) : QString(),
                           s.child.endDate ? s.child.endDate->toString(Qt::ISODate) : QString()};
    };
    if (format == QLatin1String("csv")) {
        // Data leaving the application: audited, then written row by row as the database reads it.
        m_out << CsvWriter::line(header);
        children.exportEach([&](const ChildSummary& s) { m_out << CsvWriter::line(fields(s)); });
    } else {
        // Text on the terminal is a look: its columns are as wide as their widest cell.
        QList<QStringList> rows;
        children.forEach([&](const ChildSummary& s) { rows.append(fields(s)); });
        writeTable(m_out, header, rows);
        m_out << tr("%n child(ren)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
    }
    m_out.flush();
    return exitOk;
}

} // namespace kz
