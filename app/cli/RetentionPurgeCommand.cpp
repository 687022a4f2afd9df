// kindzicht-cli retention purge: remove the files of children who left longer ago than the period.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "services/Retention.h"

namespace kz {

namespace {

class RetentionPurgeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("retention purge"); }
    QString synopsis() const override { return tr("[--dry-run]"); }
    QString description() const override
    {
        return tr("Remove the files of children who left longer ago than the retention period (admins).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("dry-run"), tr("Show what would be done, change nothing.")}};
    }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        const bool dryRun = context.isSet(QStringLiteral("dry-run"));
        const RetentionResult result = dryRun ? Retention::preview(session.db, session.actor)
                                              : Retention::purge(session.db, session.actor);
        QTextStream& out = context.out();
        for (const RetentionCandidate& c : result.children)
            out << tr("child %1, left on %2: %3 support needs, %4 observations, %5 referrals")
                       .arg(c.childId)
                       .arg(c.leftOn.toString(Qt::ISODate))
                       .arg(c.supportNeeds)
                       .arg(c.observations)
                       .arg(c.referrals)
                << Qt::endl;
        out << (dryRun ? tr("%1 children would be removed (retention %2 months); nothing was changed.")
                       : tr("%1 children removed (retention %2 months)."))
                   .arg(result.children.size())
                   .arg(Retention::months(session.db))
            << Qt::endl;
        if (result.wipePending)
            out << tr("Their old pages are still in the database file (%1); the wipe finishes at the next "
                      "opening of the database.")
                       .arg(result.wipeProblem.isEmpty() ? tr("another Kindzicht has the database open")
                                                         : result.wipeProblem)
                << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeRetentionPurgeCommand()
{
    return std::make_unique<RetentionPurgeCommand>();
}

} // namespace kz
