// kindzicht-cli backup key create --recovery-file FILE: the key automatic backups are sealed to.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "UsageError.h"
#include "services/Backup.h"
#include "services/BackupKey.h"

#include <QFileInfo>

namespace kz {

namespace {

class BackupKeyCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("backup key create"); }
    QString synopsis() const override { return tr("--recovery-file FILE"); }
    QString description() const override
    {
        return tr("Make (or replace) the backup key for automatic backups and write its recovery file "
                  "(admins).");
    }
    QString details() const override
    {
        return tr("The recovery file holds the key's secret half, encrypted under a passphrase of at least "
                  "%1 "
                  "characters (KINDZICHT_BACKUP_PASSPHRASE, or asked for twice). Keep it apart from the "
                  "backups: with its passphrase, or with the recovery code printed here, it restores every "
                  "automatic backup. The computer keeps only the public half and cannot read its own "
                  "backups. "
                  "Backups made before a replaced key still need that key's recovery file.")
            .arg(Backup::minimumPassphraseLength);
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("recovery-file"), tr("Where the recovery file is written."), tr("FILE")}};
    }

    int execute(CommandContext& context) const override
    {
        const QString file = context.value(QStringLiteral("recovery-file"));
        if (file.isEmpty())
            throw UsageError{tr("Use \"backup key create --recovery-file FILE\".")};
        const LoggedIn session = context.openAndLogin();
        const RecoveryKit kit = BackupKey::create(session.db, session.actor, newPassphrase(context), file);
        QTextStream& out = context.out();
        out << tr("Backup key %1 made; its recovery file is %2.").arg(kit.keyCheck, kit.recoveryFile)
            << Qt::endl;
        out << tr("Recovery code (write it down and keep it safe; it is not shown again):") << Qt::endl;
        out << "  " << kit.recoveryCode << Qt::endl;
        return CommandLine::exitOk;
    }

private:
    static QString newPassphrase(const CommandContext& context)
    {
        const QString given = qEnvironmentVariable("KINDZICHT_BACKUP_PASSPHRASE");
        if (!given.isEmpty())
            return given;
        // Typed without an echo, so asked twice: a typing error would lock every backup away.
        const QString first = context.prompt(tr("the recovery file (new)"));
        if (first.isEmpty())
            throw Error(
                Error::Kind::AccessDenied,
                tr("No passphrase: set KINDZICHT_BACKUP_PASSPHRASE or run the command in a terminal."));
        if (context.prompt(tr("the recovery file (new, again)")) != first)
            throw Error(Error::Kind::Validation, tr("The two passphrases differ; no key was made."));
        return first;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupKeyCreateCommand()
{
    return std::make_unique<BackupKeyCreateCommand>();
}

} // namespace kz
