// kindzicht-cli users: accounts, their roles and the groups and locations they reach.
#include "CommandLine.h"
#include "Error.h"
#include "OptionValues.h"
#include "UsageError.h"
#include "db/Database.h"
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

} // namespace

void CommandLine::applyUserOptions(const Database& db, const Actor& actor, User& user,
                                   const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("display-name")))
        user.displayName = parser.value(QStringLiteral("display-name")).simplified();
    if (parser.isSet(QStringLiteral("role"))) {
        user.roles.clear();
        for (const QString& code : OptionValues::list(parser, QStringLiteral("role"))) {
            const std::optional<Role> role = roleFromCode(code);
            if (!role)
                throw UsageError{tr("Unknown role \"%1\"; use practitioner, manager or admin.").arg(code)};
            if (!user.roles.contains(*role))
                user.roles.append(*role);
        }
    }
    // Names are looked up before anything is written, so a typing error changes nothing.
    if (parser.isSet(QStringLiteral("groups"))) {
        user.groupIds.clear();
        for (const QString& name : OptionValues::list(parser, QStringLiteral("groups")))
            user.groupIds.append(groupArgument(db, actor, name).id);
    }
    if (parser.isSet(QStringLiteral("locations"))) {
        user.locationIds.clear();
        for (const QString& name : OptionValues::list(parser, QStringLiteral("locations")))
            user.locationIds.append(locationArgument(db, actor, name));
    }
}

int CommandLine::users(const Database& db, const Actor& actor, const QStringList& command,
                       const QCommandLineParser& parser)
{
    UserStore store(db);
    const QString& action = command.at(1);
    if (action == QLatin1String("list") && command.size() == 2) {
        const QList<User> accounts = store.list(actor);
        QHash<qint64, QString> groupNames;
        QHash<qint64, QString> locationNames;
        for (const Group& g : OrganisationStore(db).groups(actor, true))
            groupNames.insert(g.id, g.name);
        for (const Location& l : OrganisationStore(db).locations(actor, true))
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
        writeTable(
            m_out,
            {tr("Id"), tr("User"), tr("Name"), tr("Roles"), tr("Groups"), tr("Locations"), tr("State")},
            rows);
        m_out << tr("%n account(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("add") && command.size() == 3) {
        OptionValues::required(parser, QStringLiteral("role"), QStringLiteral("users add"));
        User user;
        user.username = command.at(2).trimmed();
        user.displayName = user.username;
        applyUserOptions(db, actor, user, parser);
        const qint64 id = store.create(actor, user, newPassword(user.username));
        m_out << tr("Account %1 added for %2 (number %3).").arg(user.username, user.displayName).arg(id)
              << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("edit") && command.size() == 3) {
        if (!OptionValues::anySet(parser, userOptions))
            throw UsageError{tr("Nothing to change: give --display-name, --role, --groups or --locations.")};
        User user = userArgument(db, actor, command.at(2));
        applyUserOptions(db, actor, user, parser);
        store.update(actor, user);
        m_out << tr("Account %1 changed.").arg(user.username) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("deactivate") && command.size() == 3) {
        const User user = userArgument(db, actor, command.at(2));
        store.deactivate(actor, user.id);
        m_out << tr("Account %1 deactivated; it can no longer log in.").arg(user.username) << Qt::endl;
        return exitOk;
    }
    if (action == QLatin1String("reset-password") && command.size() == 3) {
        const User user = userArgument(db, actor, command.at(2));
        store.resetPassword(actor, user.id, newPassword(user.username));
        m_out << tr("The password of %1 was replaced.").arg(user.username) << Qt::endl;
        return exitOk;
    }
    throw UsageError{tr("Use \"users list\", \"users add NAME --role ROLES\", \"users edit NAME\", "
                        "\"users deactivate NAME\" or \"users reset-password NAME\"; see --help.")};
}

} // namespace kz
