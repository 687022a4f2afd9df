// kindzicht-cli locations|groups: the locations of the organisation and their groups.
#include "CommandLine.h"
#include "Error.h"
#include "OptionValues.h"
#include "UsageError.h"
#include "db/Database.h"
#include "store/OrganisationStore.h"

#include <tuple>

namespace kz {

namespace {

const QStringList locationOptions = {QStringLiteral("name"),         QStringLiteral("lrk"),
                                     QStringLiteral("address"),      QStringLiteral("postcode"),
                                     QStringLiteral("city"),         QStringLiteral("district"),
                                     QStringLiteral("neighbourhood")};
const QStringList groupOptions = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("ages"),
                                  QStringLiteral("capacity")};

// Only the options given change a location; the rest stays as it was.
void applyLocationOptions(Location& location, const QCommandLineParser& parser)
{
    QList<QString*> fields = {&location.name, &location.lrkNumber, &location.address,      &location.postcode,
                              &location.city, &location.district,  &location.neighbourhood};
    for (qsizetype i = 0; i < locationOptions.size(); ++i)
        if (parser.isSet(locationOptions.at(i)))
            *fields[i] = parser.value(locationOptions.at(i)).simplified();
}

// The age range a kind of group usually has, when --ages is not given.
std::pair<int, int> usualAges(GroupKind kind)
{
    if (kind == GroupKind::Bso)
        return {48, 156};
    if (kind == GroupKind::Kdv)
        return {0, 48};
    return {24, 48}; // peuteropvang, with or without VE
}

void applyGroupOptions(Group& group, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("name")))
        group.name = parser.value(QStringLiteral("name")).simplified();
    if (parser.isSet(QStringLiteral("kind"))) {
        const std::optional<GroupKind> kind =
            groupKindFromCode(parser.value(QStringLiteral("kind")).trimmed());
        if (!kind)
            throw UsageError{
                CommandLine::tr("Unknown kind \"%1\"; use kdv, peuteropvang, peuteropvang_ve or bso.")
                    .arg(parser.value(QStringLiteral("kind")))};
        group.kind = *kind;
    }
    if (parser.isSet(QStringLiteral("ages")))
        std::tie(group.minAgeMonths, group.maxAgeMonths) =
            OptionValues::range(parser, QStringLiteral("ages"));
    if (parser.isSet(QStringLiteral("capacity")))
        group.capacity = OptionValues::number(parser, QStringLiteral("capacity"), 1, 200);
}

} // namespace

int CommandLine::locations(const Database& db, const Actor& actor, const QStringList& command,
                           const QCommandLineParser& parser)
{
    OrganisationStore store(db);
    const QString& action = command.at(1);
    if (action == QLatin1String("list") && command.size() == 2) {
        const bool all = parser.isSet(QStringLiteral("all"));
        QList<QStringList> rows;
        for (const Location& l : store.locations(actor, all))
            rows.append({QString::number(l.id), l.name, l.lrkNumber, l.address, l.postcode, l.city,
                         l.district, l.neighbourhood, l.archived ? tr("archived") : QString()});
        writeTable(m_out,
                   {tr("Id"), tr("Name"), tr("LRK"), tr("Address"), tr("Postcode"), tr("City"),
                    tr("Stadsdeel"), tr("Wijk"), tr("State")},
                   rows);
        m_out << tr("%n location(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("add") && command.size() == 2) {
        OptionValues::required(parser, QStringLiteral("name"), QStringLiteral("locations add"));
        Location location;
        location.organisation = store.organisationName();
        applyLocationOptions(location, parser);
        const qint64 id = store.createLocation(actor, location);
        m_out << tr("Location %1 added: %2.").arg(id).arg(location.name) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("edit") && command.size() == 3) {
        if (!OptionValues::anySet(parser, locationOptions))
            throw UsageError{
                tr("Nothing to change: give --name, --lrk, --address, --postcode, --city, --district "
                   "or --neighbourhood.")};
        Location location = store.location(actor, locationArgument(db, actor, command.at(2)));
        applyLocationOptions(location, parser);
        store.updateLocation(actor, location);
        m_out << tr("Location %1 changed: %2.").arg(location.id).arg(location.name) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("archive") && command.size() == 3) {
        const Location location = store.location(actor, locationArgument(db, actor, command.at(2)));
        store.archiveLocation(actor, location.id);
        m_out << tr("Location %1 archived, with its groups.").arg(location.name) << Qt::endl;
        return exitOk;
    }
    throw UsageError{
        tr("Use \"locations list\", \"locations add --name NAME\", \"locations edit LOCATION\" or "
           "\"locations archive LOCATION\"; see --help.")};
}

int CommandLine::groups(const Database& db, const Actor& actor, const QStringList& command,
                        const QCommandLineParser& parser)
{
    OrganisationStore store(db);
    const QString& action = command.at(1);
    if (action == QLatin1String("list") && command.size() == 2) {
        const qint64 location = parser.isSet(QStringLiteral("location"))
                                    ? locationArgument(db, actor, parser.value(QStringLiteral("location")))
                                    : 0; // all
        QList<QStringList> rows;
        for (const Group& g : store.groups(actor, parser.isSet(QStringLiteral("all"))))
            if (location == 0 || g.locationId == location)
                rows.append({QString::number(g.id), g.locationName, g.name, toCode(g.kind),
                             tr("%1-%2 months").arg(g.minAgeMonths).arg(g.maxAgeMonths),
                             QString::number(g.capacity), g.archived ? tr("archived") : QString()});
        writeTable(
            m_out,
            {tr("Id"), tr("Location"), tr("Name"), tr("Kind"), tr("Ages"), tr("Capacity"), tr("State")},
            rows);
        m_out << tr("%n group(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("add") && command.size() == 2) {
        OptionValues::required(parser, QStringLiteral("name"), QStringLiteral("groups add"));
        OptionValues::required(parser, QStringLiteral("kind"), QStringLiteral("groups add"));
        Group group;
        const QList<Location> active = store.locations(actor);
        // With one location there is nothing to choose.
        group.locationId = !parser.isSet(QStringLiteral("location")) && active.size() == 1
                               ? active.constFirst().id
                               : locationArgument(db, actor,
                                                  OptionValues::required(parser, QStringLiteral("location"),
                                                                         QStringLiteral("groups add")));
        applyGroupOptions(group, parser);
        if (!parser.isSet(QStringLiteral("ages")))
            std::tie(group.minAgeMonths, group.maxAgeMonths) = usualAges(group.kind);
        const qint64 id = store.createGroup(actor, group);
        m_out << tr("Group %1 added: %2 (%3, %4-%5 months, %6 places).")
                     .arg(id)
                     .arg(group.name, toCode(group.kind))
                     .arg(group.minAgeMonths)
                     .arg(group.maxAgeMonths)
                     .arg(group.capacity)
              << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("edit") && command.size() == 3) {
        if (!OptionValues::anySet(parser, groupOptions))
            throw UsageError{tr("Nothing to change: give --name, --kind, --ages or --capacity.")};
        Group group = groupArgument(db, actor, command.at(2));
        applyGroupOptions(group, parser);
        store.updateGroup(actor, group);
        m_out << tr("Group %1 changed: %2.").arg(group.id).arg(group.name) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("archive") && command.size() == 3) {
        const Group group = groupArgument(db, actor, command.at(2));
        store.archiveGroup(actor, group.id);
        m_out << tr("Group %1 archived.").arg(group.name) << Qt::endl;
        return exitOk;
    }
    throw UsageError{
        tr("Use \"groups list\", \"groups add --location L --name N --kind K\", \"groups edit GROUP\" "
           "or \"groups archive GROUP\"; see --help.")};
}

} // namespace kz
