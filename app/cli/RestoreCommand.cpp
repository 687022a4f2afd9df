// kindzicht-cli restore FILE: replace the database with a backup, after checking it.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "db/DatabaseAddress.h"
#include "services/Backup.h"

#include <QFileInfo>

namespace kz {

namespace {

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return tr("FILE [--recovery-file KEY | --recovery-code]"); }
    QString description() const override
    {
        return tr("Replace the database with a backup, after checking it.");
    }
    QString details() const override
    {
        return tr("Replacing a database takes its administrator (--user) and the backup's passphrase "
                  "(KINDZICHT_BACKUP_PASSPHRASE or asked for); restoring where there is no database "
                  "takes the passphrase only. Refused while Kindzicht has the database open.\n"
                  "On the organisation's server (--database postgresql://…) a backup is restored only into "
                  "an empty database; a database in use there is never replaced.\n"
                  "An automatic backup opens with the backup key's recovery file (--recovery-file; its "
                  "passphrase as above) or with the recovery code from the recovery sheet (--recovery-code; "
                  "from KINDZICHT_RECOVERY_CODE or asked for).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("recovery-file"), tr("The backup key's recovery file."), tr("FILE")},
                {QStringLiteral("recovery-code"), tr("Open the backup with the recovery code.")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const QString backup = context.argument(0);
        const QString path = context.databasePath();
        if (!QFileInfo::exists(backup))
            throw Error(Error::Kind::NotFound, tr("There is no backup at %1.").arg(backup));
        const DatabaseAddress address = DatabaseAddress::parse(path);
        if (address.isServer()) {
            // A server is never replaced: the backup goes into an empty database there.
            const Database server = Database::open(path);
            Backup::restoreIntoServer(server, backup, unlock(context, backup));
        } else if (QFileInfo::exists(path)) {
            LoggedIn session = context.openAndLogin();
            Backup::restore(std::move(session.db), session.actor, backup, unlock(context, backup));
        } else {
            Backup::restore(backup, unlock(context, backup), path);
        }
        context.out() << tr("Database %1 restored from %2.")
                             .arg(address.isServer() ? address.toString()
                                                     : QFileInfo(path).absoluteFilePath(),
                                  backup)
                      << Qt::endl;
        return CommandLine::exitOk;
    }

private:
    static BackupUnlock unlock(const CommandContext& context, const QString& backup)
    {
        if (context.isSet(QStringLiteral("recovery-code"))) {
            QString code = qEnvironmentVariable("KINDZICHT_RECOVERY_CODE");
            if (code.isEmpty())
                code = context.prompt(tr("the recovery code"));
            if (code.isEmpty())
                throw Error(
                    Error::Kind::AccessDenied,
                    tr("No recovery code: set KINDZICHT_RECOVERY_CODE or run the command in a terminal."));
            return BackupUnlock(QString(), QString(), code);
        }
        const QString recoveryFile = context.value(QStringLiteral("recovery-file"));
        if (recoveryFile.isEmpty() && Backup::isAutomatic(backup))
            throw Error(Error::Kind::Validation,
                        tr("%1 is an automatic backup: add --recovery-file FILE (the backup key's recovery "
                           "file) or --recovery-code.")
                            .arg(backup));
        if (recoveryFile.isEmpty())
            return BackupUnlock(context.passphrase(backup));
        return BackupUnlock(context.passphrase(recoveryFile), recoveryFile);
    }
};

} // namespace

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace kz
