#include "CommandContext.h"

#include "Error.h"
#include "UsageError.h"
#include "db/DatabaseAddress.h"
#include "io/OutputFile.h"
#include "services/Authenticator.h"
#include "settings/Settings.h"

#include <QFileInfo>

namespace kz {

CommandContext::CommandContext(QTextStream& out, QTextStream& err, PasswordPrompt prompt,
                               const QCommandLineParser& parser, QStringList arguments)
    : m_out(out), m_err(err), m_prompt(std::move(prompt)), m_parser(parser), m_arguments(std::move(arguments))
{}

QString CommandContext::databasePath() const
{
    if (m_parser.isSet(QStringLiteral("database")))
        return m_parser.value(QStringLiteral("database"));
    const QString configured = Settings().databasePath();
    return configured.isEmpty() ? Database::defaultPath() : configured;
}

Database CommandContext::openExisting() const
{
    const QString path = databasePath();
    if (!DatabaseAddress::parse(path).isServer() && !QFileInfo::exists(path))
        throw Error(Error::Kind::NotFound, tr("There is no database at %1.").arg(path));
    return Database::open(path);
}

Actor CommandContext::login(const Database& db) const
{
    const QString username = m_parser.value(QStringLiteral("user"));
    if (username.isEmpty())
        throw UsageError{tr("This command needs --user NAME.")};
    QString password = qEnvironmentVariable("KINDZICHT_PASSWORD");
    if (password.isEmpty())
        password = prompt(username);
    if (password.isEmpty())
        throw Error(Error::Kind::AccessDenied,
                    tr("No password: set KINDZICHT_PASSWORD or run the command in a terminal."));
    return Authenticator::login(db, username, password);
}

LoggedIn CommandContext::openAndLogin() const
{
    Database db = openExisting();
    const Actor actor = login(db);
    return {std::move(db), actor};
}

QString CommandContext::firstAdminPassword(const QString& username) const
{
    QString password = qEnvironmentVariable("KINDZICHT_PASSWORD");
    if (password.isEmpty())
        password = prompt(username);
    if (password.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("The first administrator needs a password: set KINDZICHT_PASSWORD or run the "
                       "command in a terminal. Nothing was changed."));
    return password;
}

QString CommandContext::passphrase(const QString& backupFile) const
{
    QString secret = qEnvironmentVariable("KINDZICHT_BACKUP_PASSPHRASE");
    if (secret.isEmpty())
        secret = prompt(tr("the backup %1").arg(QFileInfo(backupFile).fileName()));
    if (secret.isEmpty())
        throw Error(Error::Kind::AccessDenied,
                    tr("No passphrase: set KINDZICHT_BACKUP_PASSPHRASE or run the command in a terminal."));
    return secret;
}

QString CommandContext::newPassword(const QString& username) const
{
    const QString given = qEnvironmentVariable("KINDZICHT_NEW_PASSWORD");
    if (!given.isEmpty())
        return given;
    // Typed without an echo, so asked twice: a typing error would lock the person out.
    const QString first = prompt(tr("%1 (new)").arg(username));
    if (first.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("No new password: set KINDZICHT_NEW_PASSWORD or run the command in a terminal."));
    if (prompt(tr("%1 (new, again)").arg(username)) != first)
        throw Error(Error::Kind::Validation, tr("The two passwords differ; nothing was changed."));
    return first;
}

void CommandContext::writeOutput(const QString& output, const QByteArray& bytes, const QString& written)
{
    if (output.isEmpty()) {
        m_out.flush();
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return;
    }
    OutputFile::write(output, bytes, OutputFile::Access::Shared);
    m_out << written.arg(QFileInfo(output).absoluteFilePath()) << Qt::endl;
}

} // namespace kz
