// kindzicht-cli init: an empty database at the current schema, with its first administrator.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "UsageError.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

namespace kz {

namespace {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return tr("[--admin NAME [--organisation NAME]]"); }
    QString description() const override
    {
        return tr("Create an empty database at the current schema, with its first administrator.");
    }
    QString details() const override
    {
        return tr("The administrator's password comes from KINDZICHT_PASSWORD or is asked for. An existing "
                  "database is brought to the current schema.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("admin"),
             tr("With init: create this first administrator (password from KINDZICHT_PASSWORD)."),
             tr("NAME")},
            {QStringLiteral("organisation"), tr("With init --admin: the organisation's name."), tr("NAME")}};
    }

    int execute(CommandContext& context) const override
    {
        if (context.isSet(QStringLiteral("organisation")) && !context.isSet(QStringLiteral("admin")))
            throw UsageError{tr("--organisation goes with --admin NAME.")};
        const QString password = context.isSet(QStringLiteral("admin"))
                                     ? context.firstAdminPassword(context.value(QStringLiteral("admin")))
                                     : QString();
        const Database db = Database::open(context.databasePath());
        if (context.isSet(QStringLiteral("admin"))) {
            const QString name = context.value(QStringLiteral("admin"));
            const Actor admin = UserStore(db).createFirstAdmin(name, name, password);
            context.out() << tr("First administrator %1 created.").arg(name) << Qt::endl;
            if (context.isSet(QStringLiteral("organisation")))
                OrganisationStore(db).setOrganisationName(admin,
                                                          context.value(QStringLiteral("organisation")));
        }
        context.out()
            << tr("Database %1 is ready at schema version %2.").arg(db.path()).arg(db.schemaVersion())
            << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace kz
