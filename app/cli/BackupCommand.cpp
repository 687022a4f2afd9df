// kindzicht-cli backup FILE: an encrypted snapshot of the database (administrators).
// kindzicht-cli backup --auto [--folder DIR]: today's automatic backup, for the system's scheduler.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "UsageError.h"
#include "services/AutomaticBackup.h"
#include "services/Backup.h"

#include <QFileInfo>

namespace kz {

namespace {

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return tr("FILE | --auto [--folder DIR]"); }
    QString description() const override
    {
        return tr("An encrypted backup (admins; passphrase from KINDZICHT_BACKUP_PASSPHRASE), or with --auto "
                  "the automatic backup.");
    }
    QString details() const override
    {
        return tr("The passphrase (at least %1 characters) comes from KINDZICHT_BACKUP_PASSPHRASE or is "
                  "asked for. Without it the backup cannot be restored.\n"
                  "With --auto the backup is sealed to the backup key (backup key create) and written to the "
                  "backup folder chosen in Beheer, or to --folder; the backups beyond the plan are removed. "
                  "It needs no user and no passphrase, so the system's scheduler can run it.")
            .arg(Backup::minimumPassphraseLength);
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("auto"), tr("Make the automatic backup (no user or passphrase needed).")},
                {QStringLiteral("folder"),
                 tr("With --auto: write into this folder instead of the chosen one."), tr("DIR")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count <= 1; }

    int execute(CommandContext& context) const override
    {
        const bool automatic = context.isSet(QStringLiteral("auto"));
        if (automatic == !context.arguments().isEmpty())
            throw UsageError{tr("Use \"backup FILE\" or \"backup --auto [--folder DIR]\".")};
        if (automatic)
            return backUpAutomatically(context);
        const QString file = context.argument(0);
        if (file == QLatin1String("key")) // "backup key …" without "create" is not a file named key
            throw UsageError{tr("Use \"backup key create --recovery-file FILE\".")};
        const LoggedIn session = context.openAndLogin();
        Backup::create(session.db, session.actor, file, context.passphrase(file));
        context.out() << tr("Backup written to %1.").arg(QFileInfo(file).absoluteFilePath()) << Qt::endl;
        return CommandLine::exitOk;
    }

private:
    static int backUpAutomatically(CommandContext& context)
    {
        const Database db = context.openExisting();
        // Whoever is named with --user is audited as its maker; without one, the scheduler is.
        const Actor actor = context.isSet(QStringLiteral("user")) ? context.login(db) : Actor{};
        const AutomaticBackupResult result =
            AutomaticBackup::run(db, actor, context.value(QStringLiteral("folder")));
        context.out() << tr("Backup written to %1 and checked (%2 bytes); %3 kept, %4 removed.")
                             .arg(result.made.filePath())
                             .arg(result.made.size)
                             .arg(result.kept)
                             .arg(result.removed)
                      << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace kz
