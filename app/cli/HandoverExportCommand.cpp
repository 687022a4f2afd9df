// kindzicht-cli handover export CHILD: the overdracht as PDF/A, only with the parents' consent.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "HandoverTarget.h"
#include "UsageError.h"
#include "documents/HandoverExport.h"
#include "domain/Labels.h"
#include "services/HandoverComposer.h"
#include "store/HandoverRules.h"
#include "store/HandoverStore.h"

#include <QFileInfo>

namespace kz {

namespace {

class HandoverExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("handover export"); }
    QString synopsis() const override
    {
        return tr("CHILD --school PARTNER --output FILE.pdf [--language nl|en]");
    }
    QString description() const override { return tr("The overdracht as PDF, only with consent."); }
    QString details() const override
    {
        return tr("The saved draft, or a prefill without its empty sections; the document is Dutch unless "
                  "--language en. Kept in the child's file with the SHA-256 it prints.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {HandoverTarget::schoolOption(),
                {QStringLiteral("output"), tr("Write to this file instead of the terminal."), tr("FILE")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        const HandoverTarget target = HandoverTarget::from(context, session);
        const QString output = context.value(QStringLiteral("output"));
        if (output.isEmpty())
            throw UsageError{tr("A handover needs --output FILE.pdf.")};
        // The document's language is its own choice: Dutch unless asked otherwise.
        const QString language = context.isSet(QStringLiteral("language"))
                                     ? context.value(QStringLiteral("language"))
                                     : QStringLiteral("nl");
        const std::optional<Handover> saved =
            HandoverStore(session.db).find(session.actor, target.child.id, target.schoolId);
        HandoverContent content;
        QSet<HandoverSection> left;
        if (saved && saved->draft) {
            content = *saved->draft;
        } else {
            // Without a draft from the wizard, the prefill goes out without the sections it has nothing for.
            content = HandoverComposer::prefill(session.db, session.actor, target.child.id, target.schoolId,
                                                language);
            left = HandoverComposer::dropEmptySections(content);
        }
        const HandoverSnapshot snapshot = HandoverExport::toFile(session.db, session.actor, target.child.id,
                                                                 target.schoolId, content, language, output);
        context.out() << tr("Handover of %1 to %2 written to %3 (version %4, SHA-256 %5).")
                             .arg(target.child.fullName(), target.schoolName,
                                  QFileInfo(output).absoluteFilePath())
                             .arg(snapshot.version)
                             .arg(snapshot.sha256)
                      << Qt::endl;
        if (!left.isEmpty())
            context.out()
                << tr("Left out, as there was nothing in them yet: %1.").arg(Labels::handoverSections(left))
                << Qt::endl;
        return CommandLine::exitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeHandoverExportCommand()
{
    return std::make_unique<HandoverExportCommand>();
}

} // namespace kz
