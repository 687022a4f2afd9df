// kindzicht-cli backup FILE: an encrypted snapshot of the database (administrators).
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "services/Backup.h"

#include <QFileInfo>

namespace kz {

namespace {

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return tr("FILE"); }
    QString description() const override
    {
        return tr("An encrypted backup (admins; passphrase from KINDZICHT_BACKUP_PASSPHRASE).");
    }
    QString details() const override
    {
        return tr("The passphrase (at least %1 characters) comes from KINDZICHT_BACKUP_PASSPHRASE or is "
                  "asked for. Without it the backup cannot be restored.")
            .arg(Backup::minimumPassphraseLength);
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const QString file = context.argument(0);
        const LoggedIn session = context.openAndLogin();
        Backup::create(session.db, session.actor, file, context.passphrase(file));
        context.out() << tr("Backup written to %1.").arg(QFileInfo(file).absoluteFilePath()) << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace kz
