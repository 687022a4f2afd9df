// kindzicht-cli parent-summary CHILD: the summary for parents in plain words, as PDF.
#include "ArgumentLookup.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "UsageError.h"
#include "documents/ParentSummaryExport.h"
#include "domain/PlainLanguageCheck.h"
#include "services/ParentSummaryComposer.h"

#include <QFileInfo>

namespace kz {

namespace {

class ParentSummaryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("parent-summary"); }
    QString synopsis() const override
    {
        return tr("CHILD --language nl|en --output FILE.pdf [--strengths TEXT]");
    }
    QString description() const override { return tr("A summary for the parents in plain words, as PDF."); }
    QString details() const override
    {
        return tr("What goes well, what we work on, tips for home, who can help and the next conversation, "
                  "written from the file at language level B1. --strengths gives what goes well in your own "
                  "words (needed when the file says nothing about it). Kept in the child's file as given.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("output"), tr("The PDF file to write."), tr("FILE")},
                {QStringLiteral("strengths"), tr("What goes well, in your own words."), tr("TEXT")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const QString output = context.value(QStringLiteral("output"));
        if (output.isEmpty())
            throw UsageError{tr("A summary for parents needs --output FILE.pdf.")};
        // The summary's language is its own choice: Dutch unless asked otherwise.
        const QString language = context.isSet(QStringLiteral("language"))
                                     ? context.value(QStringLiteral("language"))
                                     : QStringLiteral("nl");
        const LoggedIn session = context.openAndLogin();
        const qint64 childId = ArgumentLookup::child(session.db, session.actor, context.argument(0));
        ParentSummaryContent content =
            ParentSummaryComposer::compose(session.db, session.actor, childId, language);
        if (context.isSet(QStringLiteral("strengths")))
            content.strengths = context.value(QStringLiteral("strengths")).trimmed();
        for (const QString& text : content.texts())
            for (const PlainLanguageFinding& finding : PlainLanguageCheck::check(text, language))
                context.err() << tr("Too hard for B1: %1").arg(finding.message()) << Qt::endl;
        const ParentSummarySnapshot snapshot =
            ParentSummaryExport::toFile(session.db, session.actor, childId, content, output);
        context.out() << tr("Summary for the parents written to %1 (SHA-256 %2).")
                             .arg(QFileInfo(output).absoluteFilePath(), snapshot.sha256)
                      << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeParentSummaryCommand()
{
    return std::make_unique<ParentSummaryCommand>();
}

} // namespace kz
