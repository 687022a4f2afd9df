// kindzicht-cli demo: the demo database, two invented locations with everything in them.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "db/DatabaseAddress.h"
#include "demo/DemoDatabase.h"

namespace kz {

namespace {

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override
    {
        return tr("Create the demo database (a new file, or an empty database on a server).");
    }
    QString details() const override
    {
        return tr("Two invented locations in The Hague with children, support needs, observations and a "
                  "sociale kaart. Every demo account has the password %1.")
            .arg(QString::fromLatin1(DemoDatabase::password));
    }

    int execute(CommandContext& context) const override
    {
        const QString path = context.databasePath();
        const DemoSummary s = DemoDatabase::create(path);
        context.out() << tr("Demo database written to %1: %2 locations, %3 groups, %4 children, %5 support "
                            "needs, %6 observations, %7 referrals, %8 partners, %9 users.")
                             .arg(DatabaseAddress::parse(path).toString())
                             .arg(s.locations)
                             .arg(s.groups)
                             .arg(s.children)
                             .arg(s.needs)
                             .arg(s.observations)
                             .arg(s.referrals)
                             .arg(s.partners)
                             .arg(s.users)
                      << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace kz
