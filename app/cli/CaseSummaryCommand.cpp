// kindzicht-cli case-summary CHILD: an anonymous case for intervisie, as text or PDF.
#include "ArgumentLookup.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "UsageError.h"
#include "documents/CaseSummaryDocument.h"
#include "services/CaseSummary.h"

#include <QFileInfo>

namespace kz {

namespace {

class CaseSummaryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("case-summary"); }
    QString synopsis() const override { return tr("CHILD --output FILE.txt|FILE.pdf [--question TEXT]"); }
    QString description() const override { return tr("An anonymous case for intervisie."); }
    QString details() const override
    {
        return tr(
            "The child's age in years, the kind of group, the needs and observations over time, without "
            "names, places or dates; every replacement is listed. PDF when FILE ends in .pdf, otherwise "
            "text. For whoever may see the child; recorded in the audit trail.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("output"), tr("Write to this file instead of the terminal."), tr("FILE")},
                {QStringLiteral("question"), tr("With case-summary: the question for the intervisie."),
                 tr("TEXT")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const QString output = context.value(QStringLiteral("output"));
        if (output.isEmpty())
            throw UsageError{tr("A case needs --output FILE.txt or FILE.pdf.")};
        const LoggedIn session = context.openAndLogin();
        const qint64 child = ArgumentLookup::child(session.db, session.actor, context.argument(0));
        const CaseSummary summary =
            CaseSummary::compose(session.db, session.actor, child, context.value(QStringLiteral("question")));
        CaseSummaryDocument::toFile(session.db, session.actor, summary, output);
        context.out() << tr("Anonymous case written to %1.").arg(QFileInfo(output).absoluteFilePath())
                      << Qt::endl;
        context.out() << tr("%n replacement(s); check them before you share the case:", nullptr,
                            static_cast<int>(summary.replacements().size()))
                      << Qt::endl;
        for (const Replacement& r : summary.replacements())
            context.out() << QStringLiteral("  %1 -> %2 (%3)").arg(r.original, r.replacement).arg(r.count)
                          << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeCaseSummaryCommand()
{
    return std::make_unique<CaseSummaryCommand>();
}

} // namespace kz
