// kindzicht-cli locations list|add|edit|archive: the locations of the organisation.
#include "ArgumentLookup.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "OptionValues.h"
#include "TextTable.h"
#include "UsageError.h"
#include "store/OrganisationStore.h"

namespace kz {

namespace {

const QStringList locationOptions = {QStringLiteral("name"),          QStringLiteral("lrk"),
                                     QStringLiteral("address"),       QStringLiteral("postcode"),
                                     QStringLiteral("city"),          QStringLiteral("district"),
                                     QStringLiteral("neighbourhood"), QStringLiteral("ve-programme")};

class LocationsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("locations"); }
    QString synopsis() const override { return tr("list|add|edit|archive"); }
    QString description() const override { return tr("The locations of the organisation."); }
    QList<HelpLine> overview() const override
    {
        return {{QStringLiteral("locations list"), tr("[--all] with archived ones")},
                {QStringLiteral("locations add"),
                 tr("--name N [--lrk 123456789] [--address A] [--postcode P] [--city C] "
                    "[--district D] [--neighbourhood W] [--ve-programme P] (admins)")},
                {QStringLiteral("locations edit LOCATION"), tr("the same options; only those given change")},
                {QStringLiteral("locations archive LOCATION"),
                 tr("with its groups; refused while children attend")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("name"), tr("With locations|groups add|edit: the name."), tr("NAME")},
            {QStringLiteral("lrk"), tr("With locations add|edit: the 9-digit LRK number."), tr("NUMBER")},
            {QStringLiteral("address"), tr("With locations add|edit: street and number."), tr("ADDRESS")},
            {QStringLiteral("postcode"), tr("With locations add|edit: the postcode."), tr("POSTCODE")},
            {QStringLiteral("city"), tr("With locations add|edit: the city."), tr("CITY")},
            {QStringLiteral("district"), tr("With locations add|edit: the stadsdeel."), tr("DISTRICT")},
            {QStringLiteral("neighbourhood"), tr("With locations and children add|edit: the wijk."),
             tr("WIJK")},
            {QStringLiteral("ve-programme"),
             tr("With locations add|edit: the VE programme (Uk & Puk, Piramide, Kaleidoscoop, ...)."),
             tr("PROGRAMME")},
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
        if (action == QLatin1String("edit") && count == 2)
            return edit(context, session);
        if (action == QLatin1String("archive") && count == 2) {
            OrganisationStore store(session.db);
            const Location location = store.location(
                session.actor, ArgumentLookup::location(session.db, session.actor, context.argument(1)));
            store.archiveLocation(session.actor, location.id);
            context.out() << tr("Location %1 archived, with its groups.").arg(location.name) << Qt::endl;
            return CommandLine::exitOk;
        }
        throw UsageError{
            tr("Use \"locations list\", \"locations add --name NAME\", \"locations edit LOCATION\" "
               "or \"locations archive LOCATION\"; see --help.")};
    }

private:
    // Only the options given change a location; the rest stays as it was.
    static void apply(Location& location, const CommandContext& context)
    {
        QList<QString*> fields = {&location.name,          &location.lrkNumber,  &location.address,
                                  &location.postcode,      &location.city,       &location.district,
                                  &location.neighbourhood, &location.veProgramme};
        for (qsizetype i = 0; i < locationOptions.size(); ++i)
            if (context.isSet(locationOptions.at(i)))
                *fields[i] = context.value(locationOptions.at(i)).simplified();
    }

    static int list(CommandContext& context, const LoggedIn& session)
    {
        QList<QStringList> rows;
        for (const Location& l :
             OrganisationStore(session.db).locations(session.actor, context.isSet(QStringLiteral("all"))))
            rows.append({QString::number(l.id), l.name, l.lrkNumber, l.address, l.postcode, l.city,
                         l.district, l.neighbourhood, l.veProgramme,
                         l.archived ? tr("archived") : QString()});
        TextTable::write(context.out(),
                         {tr("Id"), tr("Name"), tr("LRK"), tr("Address"), tr("Postcode"), tr("City"),
                          tr("Stadsdeel"), tr("Wijk"), tr("VE programme"), tr("State")},
                         rows);
        context.out() << tr("%n location(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        return CommandLine::exitOk;
    }

    static int add(CommandContext& context, const LoggedIn& session)
    {
        OptionValues::required(context.parser(), QStringLiteral("name"), QStringLiteral("locations add"));
        OrganisationStore store(session.db);
        Location location;
        location.organisation = store.organisationName();
        apply(location, context);
        const qint64 id = store.createLocation(session.actor, location);
        context.out() << tr("Location %1 added: %2.").arg(id).arg(location.name) << Qt::endl;
        return CommandLine::exitOk;
    }

    static int edit(CommandContext& context, const LoggedIn& session)
    {
        if (!OptionValues::anySet(context.parser(), locationOptions))
            throw UsageError{
                tr("Nothing to change: give --name, --lrk, --address, --postcode, --city, --district, "
                   "--neighbourhood or --ve-programme.")};
        OrganisationStore store(session.db);
        Location location = store.location(
            session.actor, ArgumentLookup::location(session.db, session.actor, context.argument(1)));
        apply(location, context);
        store.updateLocation(session.actor, location);
        context.out() << tr("Location %1 changed: %2.").arg(location.id).arg(location.name) << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeLocationsCommand()
{
    return std::make_unique<LocationsCommand>();
}

} // namespace kz
