// kindzicht-cli restore FILE: replace the database with a backup, after checking it.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "services/Backup.h"

#include <QFileInfo>

namespace kz {

namespace {

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return tr("FILE"); }
    QString description() const override
    {
        return tr("Replace the database with a backup, after checking it.");
    }
    QString details() const override
    {
        return tr("Replacing a database takes its administrator (--user) and the backup's passphrase "
                  "(KINDZICHT_BACKUP_PASSPHRASE or asked for); restoring where there is no database "
                  "takes the passphrase only. Refused while Kindzicht has the database open.");
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const QString backup = context.argument(0);
        const QString path = context.databasePath();
        if (!QFileInfo::exists(backup))
            throw Error(Error::Kind::NotFound, tr("There is no backup at %1.").arg(backup));
        if (QFileInfo::exists(path)) {
            LoggedIn session = context.openAndLogin();
            Backup::restore(std::move(session.db), session.actor, backup, context.passphrase(backup));
        } else {
            Backup::restore(backup, context.passphrase(backup), path);
        }
        context.out() << tr("Database %1 restored from %2.").arg(QFileInfo(path).absoluteFilePath(), backup)
                      << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace kz
