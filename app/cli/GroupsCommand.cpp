// kindzicht-cli groups list|add|edit|archive: the groups of the locations.
#include "ArgumentLookup.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "OptionValues.h"
#include "TextTable.h"
#include "UsageError.h"
#include "store/OrganisationStore.h"

#include <tuple>

namespace kz {

namespace {

const QStringList groupOptions = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("ages"),
                                  QStringLiteral("capacity")};

// The age range a kind of group usually has, when --ages is not given.
std::pair<int, int> usualAges(GroupKind kind)
{
    if (kind == GroupKind::Bso)
        return {48, 156};
    if (kind == GroupKind::Kdv)
        return {0, 48};
    return {24, 48}; // peuteropvang, with or without VE
}

class GroupsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("groups"); }
    QString synopsis() const override { return tr("list|add|edit|archive"); }
    QString description() const override { return tr("The groups of the locations."); }
    QList<HelpLine> overview() const override
    {
        return {{QStringLiteral("groups list"), tr("[--location L] [--all]")},
                {QStringLiteral("groups add"),
                 tr("--location L --name N --kind kdv|peuteropvang|peuteropvang_ve|bso [--ages 24-48] "
                    "[--capacity 16]")},
                {QStringLiteral("groups edit GROUP"), tr("[--name N] [--kind K] [--ages A] [--capacity C]")},
                {QStringLiteral("groups archive GROUP"), tr("refused while children attend")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("location"), tr("With groups: the location (name or number)."), tr("LOCATION")},
            {QStringLiteral("name"), tr("With locations|groups add|edit: the name."), tr("NAME")},
            {QStringLiteral("kind"), tr("With groups add|edit: kdv, peuteropvang, peuteropvang_ve or bso."),
             tr("KIND")},
            {QStringLiteral("ages"), tr("With groups add|edit: the age range in months, such as 24-48."),
             tr("FROM-TO")},
            {QStringLiteral("capacity"), tr("With groups add|edit: the number of places."), tr("N")},
            {QStringLiteral("all"), tr("With locations|groups list: archived ones too.")},
        };
    }
    bool acceptsArguments(qsizetype count) const override { return count >= 1; }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        const QString action = context.argument(0);
        const qsizetype count = context.arguments().size();
        if (action == QLatin1String("list") && count == 1)
            return list(context, session);
        if (action == QLatin1String("add") && count == 1)
            return add(context, session);
        if (action == QLatin1String("edit") && count == 2) {
            if (!OptionValues::anySet(context.parser(), groupOptions))
                throw UsageError{tr("Nothing to change: give --name, --kind, --ages or --capacity.")};
            Group group = ArgumentLookup::group(session.db, session.actor, context.argument(1));
            apply(group, context);
            OrganisationStore(session.db).updateGroup(session.actor, group);
            context.out() << tr("Group %1 changed: %2.").arg(group.id).arg(group.name) << Qt::endl;
            return CommandLine::exitOk;
        }
        if (action == QLatin1String("archive") && count == 2) {
            const Group group = ArgumentLookup::group(session.db, session.actor, context.argument(1));
            OrganisationStore(session.db).archiveGroup(session.actor, group.id);
            context.out() << tr("Group %1 archived.").arg(group.name) << Qt::endl;
            return CommandLine::exitOk;
        }
        throw UsageError{
            tr("Use \"groups list\", \"groups add --location L --name N --kind K\", \"groups edit "
               "GROUP\" or \"groups archive GROUP\"; see --help.")};
    }

private:
    static void apply(Group& group, const CommandContext& context)
    {
        if (context.isSet(QStringLiteral("name")))
            group.name = context.value(QStringLiteral("name")).simplified();
        if (context.isSet(QStringLiteral("kind"))) {
            const std::optional<GroupKind> kind =
                groupKindFromCode(context.value(QStringLiteral("kind")).trimmed());
            if (!kind)
                throw UsageError{tr("Unknown kind \"%1\"; use kdv, peuteropvang, peuteropvang_ve or bso.")
                                     .arg(context.value(QStringLiteral("kind")))};
            group.kind = *kind;
        }
        if (context.isSet(QStringLiteral("ages")))
            std::tie(group.minAgeMonths, group.maxAgeMonths) =
                OptionValues::range(context.parser(), QStringLiteral("ages"));
        if (context.isSet(QStringLiteral("capacity")))
            group.capacity = OptionValues::number(context.parser(), QStringLiteral("capacity"), 1, 200);
    }

    static int list(CommandContext& context, const LoggedIn& session)
    {
        const qint64 location = context.isSet(QStringLiteral("location"))
                                    ? ArgumentLookup::location(session.db, session.actor,
                                                               context.value(QStringLiteral("location")))
                                    : 0;
        QList<QStringList> rows;
        for (const Group& g :
             OrganisationStore(session.db).groups(session.actor, context.isSet(QStringLiteral("all"))))
            if (location == 0 || g.locationId == location)
                rows.append({QString::number(g.id), g.locationName, g.name, toCode(g.kind),
                             tr("%1-%2 months").arg(g.minAgeMonths).arg(g.maxAgeMonths),
                             QString::number(g.capacity), g.archived ? tr("archived") : QString()});
        TextTable::write(
            context.out(),
            {tr("Id"), tr("Location"), tr("Name"), tr("Kind"), tr("Ages"), tr("Capacity"), tr("State")},
            rows);
        context.out() << tr("%n group(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        return CommandLine::exitOk;
    }

    static int add(CommandContext& context, const LoggedIn& session)
    {
        OptionValues::required(context.parser(), QStringLiteral("name"), QStringLiteral("groups add"));
        OptionValues::required(context.parser(), QStringLiteral("kind"), QStringLiteral("groups add"));
        Group group;
        const QList<Location> active = OrganisationStore(session.db).locations(session.actor);
        // With one location there is nothing to choose.
        group.locationId = !context.isSet(QStringLiteral("location")) && active.size() == 1
                               ? active.constFirst().id
                               : ArgumentLookup::location(
                                     session.db, session.actor,
                                     OptionValues::required(context.parser(), QStringLiteral("location"),
                                                            QStringLiteral("groups add")));
        apply(group, context);
        if (!context.isSet(QStringLiteral("ages")))
            std::tie(group.minAgeMonths, group.maxAgeMonths) = usualAges(group.kind);
        const qint64 id = OrganisationStore(session.db).createGroup(session.actor, group);
        context.out() << tr("Group %1 added: %2 (%3, %4-%5 months, %6 places).")
                             .arg(id)
                             .arg(group.name, toCode(group.kind))
                             .arg(group.minAgeMonths)
                             .arg(group.maxAgeMonths)
                             .arg(group.capacity)
                      << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeGroupsCommand()
{
    return std::make_unique<GroupsCommand>();
}

} // namespace kz
