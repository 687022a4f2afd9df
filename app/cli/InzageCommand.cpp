// kindzicht-cli inzage CHILD: everything held about one child, and who saw it.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "UsageError.h"
#include "services/AccessRequest.h"

#include <QFileInfo>

namespace kz {

namespace {

class InzageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("inzage"); }
    QString synopsis() const override { return tr("CHILD [--output DIR]"); }
    QString description() const override { return tr("Everything held about one child, and who saw it."); }
    QString details() const override
    {
        return tr("JSON and the same as an HTML page the parents can read, in the language of --language, in "
                  "DIR (default the current folder). CHILD is the number from children list. Managers of the "
                  "child's location only.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("output"), tr("The folder to write to."), tr("DIR")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        bool ok = false;
        const qint64 child = context.argument(0).toLongLong(&ok);
        if (!ok)
            throw UsageError{tr("inzage takes the child's number (see children list).")};
        const LoggedIn session = context.openAndLogin();
        const QString output = context.value(QStringLiteral("output"));
        const QString folder = output.isEmpty() ? QStringLiteral(".") : output;
        const QString json = AccessRequest::exportTo(session.db, session.actor, child, folder);
        context.out() << tr("Written: %1 and the same as HTML.").arg(QFileInfo(json).absoluteFilePath())
                      << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeInzageCommand()
{
    return std::make_unique<InzageCommand>();
}

} // namespace kz
