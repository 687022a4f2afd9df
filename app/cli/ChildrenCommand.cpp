// kindzicht-cli children show|add|edit|move|leave: one child's details, enrolling, correcting,
// moving and leaving (managers of the location).
#include "ArgumentLookup.h"
#include "Clock.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "OptionValues.h"
#include "UsageError.h"
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

class ChildrenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("children"); }
    QString synopsis() const override { return tr("show|add|edit|move|leave"); }
    QString description() const override
    {
        return tr(
            "One child's details; enrolling, correcting, moving and leaving (managers of the location).");
    }
    QList<HelpLine> overview() const override;
    QList<QCommandLineOption> options() const override;
    bool acceptsArguments(qsizetype count) const override { return count >= 1; }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        const QString action = context.argument(0);
        if (action == QLatin1String("add") && context.arguments().size() == 1)
            return add(context, session);
        if (context.arguments().size() != 2)
            throw UsageError{
                tr("Use \"children list\", \"children show CHILD\", \"children add ...\", \"children "
                   "edit CHILD\", \"children move CHILD --group G\", \"children leave CHILD --on DATE "
                   "--reason R\" or \"children import FILE\"; see --help.")};
        if (action == QLatin1String("edit"))
            return edit(context, session);
        if (action == QLatin1String("move"))
            return move(context, session);
        if (action == QLatin1String("leave"))
            return leave(context, session);
        if (action == QLatin1String("show"))
            return show(context, session,
                        ArgumentLookup::child(session.db, session.actor, context.argument(1)));
        throw UsageError{tr("Unknown command \"%1\"; see --help.")
                             .arg(QStringLiteral("children ") + context.arguments().join(QLatin1Char(' ')))};
    }

private:
    static int add(CommandContext& context, const LoggedIn& session);
    static int edit(CommandContext& context, const LoggedIn& session);
    static int move(CommandContext& context, const LoggedIn& session);
    static int leave(CommandContext& context, const LoggedIn& session);
    static int show(CommandContext& context, const LoggedIn& session, qint64 childId);
};

QList<HelpLine> ChildrenCommand::overview() const
{
    return {
        {QStringLiteral("children show CHILD"), tr("one child's details and the groups it moved between")},
        {QStringLiteral("children add"),
         tr("--given G --family F --birth DATE --group G [--start DATE] [--neighbourhood W] [--languages L] "
            "[--ve-indication DATE] [--external-number X] (managers of the location)")},
        {QStringLiteral("children edit CHILD"), tr("the same options but --group; only those given change")},
        {QStringLiteral("children move CHILD"), tr("--group G [--on DATE]; the old group loses access")},
        {QStringLiteral("children leave CHILD"),
         tr("--on DATE --reason primary_school|moved|other_childcare|other")}};
}

QList<QCommandLineOption> ChildrenCommand::options() const
{
    return {
        {QStringLiteral("given"), tr("With children add|edit: the given name."), tr("NAME")},
        {QStringLiteral("family"), tr("With children add|edit: the family name, with its tussenvoegsel."),
         tr("NAME")},
        {QStringLiteral("birth"), tr("With children add|edit: the birth date."), tr("DATE")},
        {QStringLiteral("group"), tr("With children add|move: the group (name or number)."), tr("GROUP")},
        {QStringLiteral("start"), tr("With children add|edit: the first day (default today)."), tr("DATE")},
        {QStringLiteral("neighbourhood"), tr("With locations and children add|edit: the wijk."), tr("WIJK")},
        {QStringLiteral("languages"), tr("With children add|edit: the home languages, comma separated."),
         tr("LANGUAGES")},
        {QStringLiteral("ve-indication"), tr("With children add|edit: the date of the VE indication."),
         tr("DATE")},
        {QStringLiteral("external-number"),
         tr("With children add|edit: the number in the administration system (kindnummer)."), tr("NUMBER")},
        {QStringLiteral("on"), tr("With children move|leave: the date it happens (move: default today)."),
         tr("DATE")},
        {QStringLiteral("reason"),
         tr("With children leave: primary_school, moved, other_childcare or other."), tr("REASON")},
    };
}

int ChildrenCommand::add(CommandContext& context, const LoggedIn& session)
{
    for (const QString& option : {QStringLiteral("given"), QStringLiteral("family"), QStringLiteral("birth"),
                                  QStringLiteral("group")})
        OptionValues::required(context.parser(), option, QStringLiteral("children add"));
    Child child;
    child.startDate = Clock::today();
    applyChildOptions(child, context.parser());
    const Group group =
        ArgumentLookup::group(session.db, session.actor, context.value(QStringLiteral("group")));
    child.groupId = group.id;
    const qint64 id = ChildStore(session.db).create(session.actor, child);
    context.out() << tr("Child %1 enrolled: %2 in %3 from %4.")
                         .arg(id)
                         .arg(child.fullName(), group.name, child.startDate.toString(Qt::ISODate))
                  << Qt::endl;
    return CommandLine::exitOk;
}

int ChildrenCommand::edit(CommandContext& context, const LoggedIn& session)
{
    if (context.isSet(QStringLiteral("group")))
        throw UsageError{tr("A new group is a move: use \"children move CHILD --group G\".")};
    if (!OptionValues::anySet(context.parser(), childOptions))
        throw UsageError{tr("Nothing to change: give --given, --family, --birth, --start, --neighbourhood, "
                            "--languages, --ve-indication or --external-number.")};
    ChildStore store(session.db);
    Child child =
        store.get(session.actor, ArgumentLookup::child(session.db, session.actor, context.argument(1)));
    applyChildOptions(child, context.parser());
    store.update(session.actor, child);
    context.out() << tr("Details of child %1 corrected: %2.").arg(child.id).arg(child.fullName()) << Qt::endl;
    return CommandLine::exitOk;
}

int ChildrenCommand::move(CommandContext& context, const LoggedIn& session)
{
    const QString groupText =
        OptionValues::required(context.parser(), QStringLiteral("group"), QStringLiteral("children move"));
    const QDate on = OptionValues::date(context.parser(), QStringLiteral("on")).value_or(Clock::today());
    ChildStore store(session.db);
    const Child child =
        store.get(session.actor, ArgumentLookup::child(session.db, session.actor, context.argument(1)));
    const Group group = ArgumentLookup::group(session.db, session.actor, groupText);
    store.move(session.actor, child.id, group.id, on);
    context.out() << tr("%1 moves to %2 on %3.").arg(child.fullName(), group.name, on.toString(Qt::ISODate))
                  << Qt::endl;
    return CommandLine::exitOk;
}

int ChildrenCommand::leave(CommandContext& context, const LoggedIn& session)
{
    OptionValues::required(context.parser(), QStringLiteral("on"), QStringLiteral("children leave"));
    const QDate on = *OptionValues::date(context.parser(), QStringLiteral("on"));
    const LeaveReason reason = leaveReasonOption(context.parser());
    ChildStore store(session.db);
    const Child child =
        store.get(session.actor, ArgumentLookup::child(session.db, session.actor, context.argument(1)));
    store.leave(session.actor, child.id, on, reason);
    context.out() << tr("%1 leaves on %2 (%3); the retention period counts from that day.")
                         .arg(child.fullName(), on.toString(Qt::ISODate), toCode(reason))
                  << Qt::endl;
    return CommandLine::exitOk;
}

int ChildrenCommand::show(CommandContext& context, const LoggedIn& session, qint64 childId)
{
    ChildStore store(session.db);
    const Child child = store.get(session.actor, childId);
    const Group group = OrganisationStore(session.db).group(session.actor, child.groupId);
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
    for (const GroupMove& move : store.moves(session.actor, child.id))
        rows.append({tr("Moved"), tr("%1: from %2 to %3, by %4")
                                      .arg(move.movedOn.toString(Qt::ISODate), move.fromGroupName,
                                           move.toGroupName, move.movedBy)});
    for (const QStringList& row : rows)
        if (!row.at(1).isEmpty())
            context.out() << row.at(0) << QStringLiteral(": ") << row.at(1) << Qt::endl;
    return CommandLine::exitOk;
}

} // namespace

std::unique_ptr<Command> makeChildrenCommand()
{
    return std::make_unique<ChildrenCommand>();
}

} // namespace kz
