// kindzicht-cli users: accounts, their roles and the groups and locations they reach (admins).
#include "ArgumentLookup.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "OptionValues.h"
#include "TextTable.h"
#include "UsageError.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

#include <QHash>

namespace kz {

namespace {

const QStringList userOptions = {QStringLiteral("display-name"), QStringLiteral("role"),
                                 QStringLiteral("groups"), QStringLiteral("locations")};

QStringList namesOf(const QList<qint64>& ids, const QHash<qint64, QString>& names)
{
    QStringList result;
    for (qint64 id : ids)
        result.append(names.value(id, QString::number(id)));
    return result;
}

class UsersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString synopsis() const override { return tr("list|add|edit|deactivate|reset-password"); }
    QString description() const override
    {
        return tr("Accounts, their roles and the groups and locations they reach (admins).");
    }
    QList<HelpLine> overview() const override
    {
        return {
            {QStringLiteral("users list"), tr("accounts with their roles, groups and locations (admins)")},
            {QStringLiteral("users add NAME"),
             tr("--role practitioner|manager|admin[,...] [--display-name D] [--groups G1,G2] "
                "[--locations L1,L2]; the password comes from KINDZICHT_NEW_PASSWORD or is asked for twice")},
            {QStringLiteral("users edit NAME"), tr("the same options; only those given change")},
            {QStringLiteral("users deactivate NAME"),
             tr("the account can no longer log in; its history stays")},
            {QStringLiteral("users reset-password NAME"),
             tr("a new password (KINDZICHT_NEW_PASSWORD or asked for)")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("display-name"), tr("With users add|edit: the name shown to others."),
             tr("NAME")},
            {QStringLiteral("role"),
             tr("With users add|edit: practitioner, manager, admin; comma separated."), tr("ROLES")},
            {QStringLiteral("groups"),
             tr("With users add|edit: the groups a practitioner works in, comma separated."), tr("GROUPS")},
            {QStringLiteral("locations"),
             tr("With users add|edit: the locations a manager runs, comma separated."), tr("L")},
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
        if (count == 2) {
            if (action == QLatin1String("add"))
                return add(context, session);
            if (action == QLatin1String("edit") || action == QLatin1String("deactivate") ||
                action == QLatin1String("reset-password"))
                return change(context, session, action);
        }
        throw UsageError{tr("Use \"users list\", \"users add NAME --role ROLES\", \"users edit NAME\", "
                            "\"users deactivate NAME\" or \"users reset-password NAME\"; see --help.")};
    }

private:
    static void apply(const LoggedIn& session, User& user, const CommandContext& context)
    {
        if (context.isSet(QStringLiteral("display-name")))
            user.displayName = context.value(QStringLiteral("display-name")).simplified();
        if (context.isSet(QStringLiteral("role"))) {
            user.roles.clear();
            for (const QString& code : OptionValues::list(context.parser(), QStringLiteral("role"))) {
                const std::optional<Role> role = roleFromCode(code);
                if (!role)
                    throw UsageError{
                        tr("Unknown role \"%1\"; use practitioner, manager or admin.").arg(code)};
                if (!user.roles.contains(*role))
                    user.roles.append(*role);
            }
        }
        // Names are looked up before anything is written, so a typing error changes nothing.
        if (context.isSet(QStringLiteral("groups"))) {
            user.groupIds.clear();
            for (const QString& name : OptionValues::list(context.parser(), QStringLiteral("groups")))
                user.groupIds.append(ArgumentLookup::group(session.db, session.actor, name).id);
        }
        if (context.isSet(QStringLiteral("locations"))) {
            user.locationIds.clear();
            for (const QString& name : OptionValues::list(context.parser(), QStringLiteral("locations")))
                user.locationIds.append(ArgumentLookup::location(session.db, session.actor, name));
        }
    }

    static int list(CommandContext& context, const LoggedIn& session)
    {
        const QList<User> accounts = UserStore(session.db).list(session.actor);
        const OrganisationStore organisation(session.db);
        QHash<qint64, QString> groupNames;
        QHash<qint64, QString> locationNames;
        for (const Group& g : organisation.groups(session.actor, true))
            groupNames.insert(g.id, g.name);
        for (const Location& l : organisation.locations(session.actor, true))
            locationNames.insert(l.id, l.name);
        QList<QStringList> rows;
        for (const User& u : accounts) {
            QStringList roles;
            for (Role role : u.roles)
                roles.append(toCode(role));
            rows.append({QString::number(u.id), u.username, u.displayName, roles.join(QStringLiteral(",")),
                         namesOf(u.groupIds, groupNames).join(QStringLiteral(", ")),
                         namesOf(u.locationIds, locationNames).join(QStringLiteral(", ")),
                         u.active ? tr("active") : tr("deactivated")});
        }
        TextTable::write(
            context.out(),
            {tr("Id"), tr("User"), tr("Name"), tr("Roles"), tr("Groups"), tr("Locations"), tr("State")},
            rows);
        context.out() << tr("%n account(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        return CommandLine::exitOk;
    }

    static int add(CommandContext& context, const LoggedIn& session)
    {
        OptionValues::required(context.parser(), QStringLiteral("role"), QStringLiteral("users add"));
        User user;
        user.username = context.argument(1).trimmed();
        user.displayName = user.username;
        apply(session, user, context);
        const qint64 id =
            UserStore(session.db).create(session.actor, user, context.newPassword(user.username));
        context.out()
            << tr("Account %1 added for %2 (number %3).").arg(user.username, user.displayName).arg(id)
            << Qt::endl;
        return CommandLine::exitOk;
    }

    // edit, deactivate and reset-password: an existing account.
    static int change(CommandContext& context, const LoggedIn& session, const QString& action)
    {
        if (action == QLatin1String("edit") && !OptionValues::anySet(context.parser(), userOptions))
            throw UsageError{tr("Nothing to change: give --display-name, --role, --groups or --locations.")};
        UserStore store(session.db);
        User user = ArgumentLookup::user(session.db, session.actor, context.argument(1));
        if (action == QLatin1String("edit")) {
            apply(session, user, context);
            store.update(session.actor, user);
            context.out() << tr("Account %1 changed.").arg(user.username) << Qt::endl;
        } else if (action == QLatin1String("deactivate")) {
            store.deactivate(session.actor, user.id);
            context.out() << tr("Account %1 deactivated; it can no longer log in.").arg(user.username)
                          << Qt::endl;
        } else {
            store.resetPassword(session.actor, user.id, context.newPassword(user.username));
            context.out() << tr("The password of %1 was replaced.").arg(user.username) << Qt::endl;
        }
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeUsersCommand()
{
    return std::make_unique<UsersCommand>();
}

} // namespace kz
