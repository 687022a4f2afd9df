// kindzicht-cli server upgrade URI: the owner brings the server's database to this version.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "services/ServerSetup.h"

namespace kz {

namespace {

class ServerUpgradeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("server upgrade"); }
    QString synopsis() const override { return tr("URI"); }
    QString description() const override
    {
        return tr("Bring the Kindzicht database on the organisation's server to this version's schema.");
    }
    QString details() const override
    {
        return tr("Run it as the database's owner (a login in kindzicht_owner, or the server's superuser) "
                  "after installing a new version of Kindzicht; everyday logins are told to wait for it.");
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const QString address = context.argument(0);
        const ServerUpgradeResult result = ServerSetup::upgrade(address);
        if (result.before == result.after)
            context.out() << tr("Database %1 is at schema version %2 already.").arg(address).arg(result.after)
                          << Qt::endl;
        else
            context.out() << tr("Database %1 upgraded from schema version %2 to %3.")
                                 .arg(address)
                                 .arg(result.before)
                                 .arg(result.after)
                          << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeServerUpgradeCommand()
{
    return std::make_unique<ServerUpgradeCommand>();
}

} // namespace kz
