// kindzicht-cli locations|groups|users|children: setting up an organisation from an empty database.
// The options and help live here; each family of verbs has its own file.
#include "CommandLine.h"
#include "Error.h"
#include "UsageError.h"
#include "db/Database.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

namespace kz {

QList<QCommandLineOption> CommandLine::setupOptions()
{
    return {
        {QStringLiteral("organisation"), tr("With init --admin: the organisation's name."), tr("NAME")},
        {QStringLiteral("name"), tr("With locations|groups add|edit: the name."), tr("NAME")},
        {QStringLiteral("lrk"), tr("With locations add|edit: the 9-digit LRK number."), tr("NUMBER")},
        {QStringLiteral("address"), tr("With locations add|edit: street and number."), tr("ADDRESS")},
        {QStringLiteral("postcode"), tr("With locations add|edit: the postcode."), tr("POSTCODE")},
        {QStringLiteral("city"), tr("With locations add|edit: the city."), tr("CITY")},
        {QStringLiteral("district"), tr("With locations add|edit: the stadsdeel."), tr("DISTRICT")},
        {QStringLiteral("neighbourhood"), tr("With locations and children add|edit: the wijk."), tr("WIJK")},
        {QStringLiteral("location"), tr("With groups: the location (name or number)."), tr("LOCATION")},
        {QStringLiteral("all"), tr("With locations|groups list: archived ones too.")},
        {QStringLiteral("kind"), tr("With groups add|edit: kdv, peuteropvang, peuteropvang_ve or bso."),
         tr("KIND")},
        {QStringLiteral("ages"), tr("With groups add|edit: the age range in months, such as 24-48."),
         tr("FROM-TO")},
        {QStringLiteral("capacity"), tr("With groups add|edit: the number of places."), tr("N")},
        {QStringLiteral("display-name"), tr("With users add|edit: the name shown to others."), tr("NAME")},
        {QStringLiteral("role"), tr("With users add|edit: practitioner, manager, admin; comma separated."),
         tr("ROLES")},
        {QStringLiteral("groups"),
         tr("With users add|edit: the groups a practitioner works in, comma separated."), tr("GROUPS")},
        {QStringLiteral("given"), tr("With children add|edit: the given name."), tr("NAME")},
        {QStringLiteral("family"), tr("With children add|edit: the family name, with its tussenvoegsel."),
         tr("NAME")},
        {QStringLiteral("birth"), tr("With children add|edit: the birth date."), tr("DATE")},
        {QStringLiteral("start"), tr("With children add|edit: the first day (default today)."), tr("DATE")},
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
        {QStringLiteral("include-left"), tr("With children list: also the children who left.")},
    };
}

QString CommandLine::setupHelp()
{
    return tr(
        "\n\nSetting up (DATE: yyyy-mm-dd or dd-mm-yyyy; LOCATION, GROUP, CHILD: number or name):\n"
        "  locations list            [--all] with archived ones\n"
        "  locations add             --name N [--lrk 123456789] [--address A] [--postcode P] [--city C]\n"
        "                            [--district D] [--neighbourhood W] (admins)\n"
        "  locations edit LOCATION   the same options; only those given change\n"
        "  locations archive LOCATION  with its groups; refused while children attend\n"
        "  groups list               [--location L] [--all]\n"
        "  groups add                --location L --name N --kind kdv|peuteropvang|peuteropvang_ve|bso\n"
        "                            [--ages 24-48] [--capacity 16]\n"
        "  groups edit GROUP         [--name N] [--kind K] [--ages A] [--capacity C]\n"
        "  groups archive GROUP      refused while children attend\n"
        "  users list                accounts with their roles, groups and locations (admins)\n"
        "  users add NAME            --role practitioner|manager|admin[,...] [--display-name D]\n"
        "                            [--groups G1,G2] [--locations L1,L2]; the password comes from\n"
        "                            KINDZICHT_NEW_PASSWORD or is asked for twice\n"
        "  users edit NAME           the same options; only those given change\n"
        "  users deactivate NAME     the account can no longer log in; its history stays\n"
        "  users reset-password NAME a new password (KINDZICHT_NEW_PASSWORD or asked for)\n"
        "  children list             the children you may see [--group G] [--format text|csv]\n"
        "                            [--include-left]\n"
        "  children show CHILD       one child's details and the groups it moved between\n"
        "  children add              --given G --family F --birth DATE --group G [--start DATE]\n"
        "                            [--neighbourhood W] [--languages L] [--ve-indication DATE]\n"
        "                            [--external-number X] (managers of the location)\n"
        "  children edit CHILD       the same options but --group; only those given change\n"
        "  children move CHILD       --group G [--on DATE]; the old group loses access\n"
        "  children leave CHILD      --on DATE --reason primary_school|moved|other_childcare|other\n"
        "  children import FILE      a CSV from the administration system (';' or ',', Dutch or\n"
        "                            English headers): shows each line's add, update or rejection;\n"
        "                            writes only when no line is rejected, in one go [--dry-run]");
}

int CommandLine::setup(const Database& db, const Actor& actor, const QStringList& command,
                       const QCommandLineParser& parser)
{
    const QString& verb = command.first();
    if (verb == QLatin1String("locations"))
        return locations(db, actor, command, parser);
    if (verb == QLatin1String("groups"))
        return groups(db, actor, command, parser);
    if (verb == QLatin1String("users"))
        return users(db, actor, command, parser);
    return children(db, actor, command, parser);
}

qint64 CommandLine::locationArgument(const Database& db, const Actor& actor, const QString& text)
{
    QList<Location> found;
    for (const Location& l : OrganisationStore(db).locations(actor, true))
        if (QString::number(l.id) == text.trimmed() ||
            l.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            found.append(l);
    if (found.size() == 1)
        return found.constFirst().id;
    throw Error(Error::Kind::NotFound,
                found.isEmpty() ? tr("There is no location \"%1\" among the locations you may see.").arg(text)
                                : tr("More than one location is called \"%1\": use its number.").arg(text));
}

Group CommandLine::groupArgument(const Database& db, const Actor& actor, const QString& text)
{
    QList<Group> found;
    for (const Group& g : OrganisationStore(db).groups(actor, true))
        if (QString::number(g.id) == text.trimmed() ||
            g.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            found.append(g);
    // An archived group of the same name is history; the active one is meant.
    if (found.size() > 1)
        found.removeIf([](const Group& g) { return g.archived; });
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound,
                    tr("There is no group \"%1\" among the groups you may see.").arg(text));
    throw Error(Error::Kind::Validation,
                tr("\"%1\" names groups at more than one location; use the group's number.").arg(text));
}

User CommandLine::userArgument(const Database& db, const Actor& actor, const QString& text)
{
    for (const User& u : UserStore(db).list(actor))
        if (u.username.compare(text.trimmed(), Qt::CaseInsensitive) == 0 ||
            QString::number(u.id) == text.trimmed())
            return u;
    throw Error(Error::Kind::NotFound, tr("There is no account \"%1\" (see users list).").arg(text));
}

QString CommandLine::newPassword(const QString& username)
{
    const QString given = qEnvironmentVariable("KINDZICHT_NEW_PASSWORD");
    if (!given.isEmpty())
        return given;
    // Typed without an echo, so asked twice: a typing error would lock the person out.
    const QString first = m_prompt ? m_prompt(tr("%1 (new)").arg(username)) : QString();
    if (first.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("No new password: set KINDZICHT_NEW_PASSWORD or run the command in a terminal."));
    if (m_prompt(tr("%1 (new, again)").arg(username)) != first)
        throw Error(Error::Kind::Validation, tr("The two passwords differ; nothing was changed."));
    return first;
}

} // namespace kz
