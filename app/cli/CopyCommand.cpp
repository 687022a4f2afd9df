// kindzicht-cli copy --from A --to B: everything from one database to another (file or server).
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "UsageError.h"
#include "db/DatabaseAddress.h"
#include "services/Authenticator.h"
#include "services/DatabaseCopy.h"

#include <QFileInfo>

namespace kz {

namespace {

class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString synopsis() const override { return tr("--from A --to B [--to-user NAME]"); }
    QString description() const override
    {
        return tr("Everything from one database to another (file or server), checked afterwards.");
    }
    QString details() const override
    {
        return tr("A and B are database files or server addresses (postgresql://…), either way round. A is "
                  "read as it is at one moment while others keep working; B is written in one step and "
                  "checked (rows per table, references) before it is kept, so a copy that fails leaves B as "
                  "it was. A new file or an empty database receives A as it is. A database that holds other "
                  "locations already receives A's locations beside its own: accounts, children, notes and "
                  "the audit trail are added, partners it knows (same HSDS id, else same name and postcode) "
                  "are kept once; an account name it has already is refused before anything is written.\n"
                  "--user is an administrator of A (password from KINDZICHT_PASSWORD or asked for); adding "
                  "to a database in use takes one of its administrators too, named with --to-user (password "
                  "from KINDZICHT_TO_PASSWORD or asked for).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("from"), tr("The database to copy (a file or a server's address)."), tr("A")},
                {QStringLiteral("to"), tr("The database to copy into (a new or existing file, or a server)."),
                 tr("B")},
                {QStringLiteral("to-user"),
                 tr("An administrator of B, where B holds other locations already."), tr("NAME")}};
    }

    int execute(CommandContext& context) const override
    {
        const QString from = context.value(QStringLiteral("from"));
        const QString to = context.value(QStringLiteral("to"));
        if (from.isEmpty() || to.isEmpty())
            throw UsageError{tr("Use \"copy --from A --to B\".")};
        const DatabaseAddress source = DatabaseAddress::parse(from);
        const DatabaseAddress target = DatabaseAddress::parse(to);
        if (!source.isServer() && !QFileInfo::exists(source.filePath()))
            throw Error(Error::Kind::NotFound, tr("There is no database at %1.").arg(from));
        const Database sourceDb = Database::open(from);
        const Actor actor = context.login(sourceDb);

        CopyResult result;
        if (!target.isServer() && !QFileInfo::exists(target.filePath())) {
            // A new file appears only when the copy is complete and checked.
            Database::createAtomically(
                target.filePath(), tr("%1 exists already.").arg(to), [&](const Database& db) {
                    result = DatabaseCopy::copy(sourceDb, actor, db, std::nullopt, target.toString());
                });
        } else {
            const Database targetDb = Database::open(to);
            std::optional<Actor> targetActor;
            if (!DatabaseCopy::isEmpty(targetDb))
                targetActor = loginToTarget(context, targetDb, target.toString());
            result = DatabaseCopy::copy(sourceDb, actor, targetDb, targetActor);
        }
        report(context, source.toString(), target.toString(), result);
        return CommandLine::exitOk;
    }

private:
    static Actor loginToTarget(const CommandContext& context, const Database& db, const QString& to)
    {
        const QString username = context.value(QStringLiteral("to-user"));
        if (username.isEmpty())
            throw Error(Error::Kind::AccessDenied,
                        tr("%1 holds other locations already: name one of its administrators with --to-user "
                           "NAME to add to it.")
                            .arg(to));
        QString password = qEnvironmentVariable("KINDZICHT_TO_PASSWORD");
        if (password.isEmpty())
            password = context.prompt(username);
        if (password.isEmpty())
            throw Error(Error::Kind::AccessDenied,
                        tr("No password for %1: set KINDZICHT_TO_PASSWORD or run the command in a terminal.")
                            .arg(username));
        return Authenticator::login(db, username, password);
    }

    static void report(CommandContext& context, const QString& from, const QString& to,
                       const CopyResult& result)
    {
        const QString counts = tr("%1 locations, %2 children, %3 observations, %4 audit entries")
                                   .arg(result.added.value(QStringLiteral("locations")))
                                   .arg(result.added.value(QStringLiteral("children")))
                                   .arg(result.added.value(QStringLiteral("observations")))
                                   .arg(result.added.value(QStringLiteral("audit_log")));
        if (result.merged)
            context.out() << tr("Added %1 to %2: %3; %4 partners it knew already; checked.")
                                 .arg(from, to, counts)
                                 .arg(result.partnersMatched)
                          << Qt::endl;
        else
            context.out() << tr("Copied %1 to %2: %3; checked.").arg(from, to, counts) << Qt::endl;
    }
};

} // namespace

std::unique_ptr<Command> makeCopyCommand()
{
    return std::make_unique<CopyCommand>();
}

} // namespace kz
