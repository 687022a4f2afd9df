// kindzicht-cli server init URI --admin NAME: an empty database on the organisation's server
// becomes a Kindzicht database with its roles, schema and first administrator.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "UsageError.h"
#include "services/ServerSetup.h"

namespace kz {

namespace {

class ServerInitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("server init"); }
    QString synopsis() const override { return tr("URI --admin NAME"); }
    QString description() const override
    {
        return tr("Prepare an empty PostgreSQL database on the organisation's server for Kindzicht.");
    }
    QString details() const override
    {
        return tr("Run it as the server's superuser or as the database's owner with CREATEROLE, e.g. "
                  "sudo -u postgres kindzicht-cli server init "
                  "'postgresql://postgres@localhost/kindzicht?host=/var/run/postgresql' --admin NAME.\n"
                  "In one transaction: the unaccent extension; the roles kindzicht_owner (owns the tables) "
                  "and kindzicht_user (everyday rights; the audit and the snapshots only grow); the schema; "
                  "a login role NAME in kindzicht_user and the first administrator's Kindzicht account "
                  "NAME, both with the password from KINDZICHT_PASSWORD (or asked for); and log settings "
                  "that keep children's data out of the server's log. A "
                  "database that is not empty is refused.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("admin"),
                 tr("With server init: the first administrator's login role and Kindzicht account."),
                 tr("NAME")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        if (!context.isSet(QStringLiteral("admin")))
            throw UsageError{tr("server init needs --admin NAME: the first administrator.")};
        const QString address = context.argument(0);
        const QString name = context.value(QStringLiteral("admin"));
        const ServerSetupResult result = ServerSetup::init(address, name, context.firstAdminPassword(name));
        context.out()
            << tr("Database %1 is ready at schema version %2.").arg(address).arg(result.schemaVersion)
            << Qt::endl;
        context.out() << (result.loginCreated
                              ? tr("Login role %1 created in kindzicht_user, with the password given.")
                              : tr("Login role %1 existed and joined kindzicht_user; its password is now the "
                                   "one given."))
                             .arg(name)
                      << Qt::endl;
        context.out() << tr("First administrator %1 created.").arg(name) << Qt::endl;
        if (!result.logSettingsLeft.isEmpty())
            context.err() << tr("This login may not set the server's log settings; add these lines to "
                                "postgresql.conf (children's data stays out of the log):\n%1")
                                 .arg(result.logSettingsLeft.join(QLatin1Char('\n')))
                          << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeServerInitCommand()
{
    return std::make_unique<ServerInitCommand>();
}

} // namespace kz
