// kindzicht-cli children import FILE: the children list from the administration system, previewed line by
// line.
#include "CommandContext.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Error.h"
#include "services/ChildImport.h"

#include <QFileInfo>

namespace kz {

namespace {

class ChildrenImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    QString name() const override { return QStringLiteral("children import"); }
    QString synopsis() const override { return tr("FILE [--dry-run]"); }
    QString description() const override
    {
        return tr("A CSV from the administration system, previewed line by line.");
    }
    QString details() const override
    {
        return tr(
            "';' or ',', Dutch or English headers. Shows each line's add, update or rejection; writes only "
            "when no line is rejected, in one go. Children not in the file are listed and kept.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("dry-run"), tr("Show what would be done, change nothing.")}};
    }
    bool acceptsArguments(qsizetype count) const override { return count == 1; }

    int execute(CommandContext& context) const override
    {
        const LoggedIn session = context.openAndLogin();
        const QString fileName = context.argument(0);
        if (!QFileInfo::exists(fileName))
            throw Error(Error::Kind::NotFound, tr("There is no file %1.").arg(fileName));
        const ChildImportPreview preview = ChildImport::previewFile(session.db, session.actor, fileName);
        show(context.out(), preview, fileName);
        const int rejected = preview.count(ChildImportAction::Rejected);
        const int changes = preview.count(ChildImportAction::Add) + preview.count(ChildImportAction::Update);
        // A children list is written whole or not at all: a half-imported group is harder to repair
        // than a corrected file is to import again.
        if (rejected > 0) {
            context.out()
                << tr("Nothing was written: correct the rejected lines (or remove them) and import again.")
                << Qt::endl;
            context.err() << tr("%n line(s) rejected; nothing was written.", nullptr, rejected) << Qt::endl;
            return CommandLine::exitRefused;
        }
        if (context.isSet(QStringLiteral("dry-run")))
            context.out() << tr("Nothing was written (--dry-run).") << Qt::endl;
        else if (changes == 0)
            context.out() << tr("Nothing to write.") << Qt::endl;
        else
            context.out() << tr("%n child(ren) written.", nullptr,
                                ChildImport::apply(session.db, session.actor, preview))
                          << Qt::endl;
        return CommandLine::exitOk;
    }

private:
    static void show(QTextStream& out, const ChildImportPreview& preview, const QString& fileName)
    {
        if (!preview.unknownColumns.isEmpty())
            out << tr("Columns not used: %1").arg(preview.unknownColumns.join(QStringLiteral(", ")))
                << Qt::endl;
        for (const ChildImportItem& item : preview.items) {
            switch (item.action) {
            case ChildImportAction::Add:
                out << tr("line %1: add %2 (%3)").arg(item.line).arg(item.child.fullName(), item.groupName);
                break;
            case ChildImportAction::Update:
                out << tr("line %1: update %2 (%3)")
                           .arg(item.line)
                           .arg(item.child.fullName(), item.changedFields.join(QStringLiteral(", ")));
                break;
            case ChildImportAction::Unchanged:
                continue;
            case ChildImportAction::Rejected:
                out << tr("line %1: rejected: %2").arg(item.line).arg(item.reason);
                break;
            }
            out << Qt::endl;
        }
        if (!preview.unknownGroups.isEmpty())
            out << tr("Groups not found among your locations: %1")
                       .arg(preview.unknownGroups.join(QStringLiteral(", ")))
                << Qt::endl;
        if (!preview.notInFile.isEmpty()) {
            QStringList names;
            for (const ChildSummary& s : preview.notInFile)
                names.append(tr("%1 (%2)").arg(s.child.fullName(), s.groupName));
            out << tr("Not in the file, kept as they are: %1").arg(names.join(QStringLiteral(", ")))
                << Qt::endl;
        }
        out << tr("%1: %2 to add, %3 to update, %4 unchanged, %5 rejected.")
                   .arg(QFileInfo(fileName).fileName())
                   .arg(preview.count(ChildImportAction::Add))
                   .arg(preview.count(ChildImportAction::Update))
                   .arg(preview.count(ChildImportAction::Unchanged))
                   .arg(preview.count(ChildImportAction::Rejected))
            << Qt::endl;
    }
};

} // namespace

std::unique_ptr<Command> makeChildrenImportCommand()
{
    return std::make_unique<ChildrenImportCommand>();
}

} // namespace kz
