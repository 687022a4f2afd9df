// kindzicht-cli children import: the children list from the administration system, previewed line by line.
#include "CommandLine.h"
#include "Error.h"
#include "db/Database.h"
#include "services/ChildImport.h"

#include <QFileInfo>

namespace kz {

int CommandLine::childrenImport(const Database& db, const Actor& actor, const QString& fileName, bool dryRun)
{
    if (!QFileInfo::exists(fileName))
        throw Error(Error::Kind::NotFound, tr("There is no file %1.").arg(fileName));
    const ChildImportPreview preview = ChildImport::previewFile(db, actor, fileName);
    if (!preview.unknownColumns.isEmpty())
        m_out << tr("Columns not used: %1").arg(preview.unknownColumns.join(QStringLiteral(", ")))
              << Qt::endl;
    for (const ChildImportItem& item : preview.items) {
        switch (item.action) {
        case ChildImportAction::Add:
            m_out << tr("line %1: add %2 (%3)").arg(item.line).arg(item.child.fullName(), item.groupName);
            break;
        case ChildImportAction::Update:
            m_out << tr("line %1: update %2 (%3)")
                         .arg(item.line)
                         .arg(item.child.fullName(), item.changedFields.join(QStringLiteral(", ")));
            break;
        case ChildImportAction::Unchanged:
            continue;
        case ChildImportAction::Rejected:
            m_out << tr("line %1: rejected: %2").arg(item.line).arg(item.reason);
            break;
        }
        m_out << Qt::endl;
    }
    if (!preview.unknownGroups.isEmpty())
        m_out << tr("Groups not found among your locations: %1")
                     .arg(preview.unknownGroups.join(QStringLiteral(", ")))
              << Qt::endl;
    if (!preview.notInFile.isEmpty()) {
        QStringList names;
        for (const ChildSummary& s : preview.notInFile)
            names.append(tr("%1 (%2)").arg(s.child.fullName(), s.groupName));
        m_out << tr("Not in the file, kept as they are: %1").arg(names.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    const int rejected = preview.count(ChildImportAction::Rejected);
    const int changes = preview.count(ChildImportAction::Add) + preview.count(ChildImportAction::Update);
    m_out << tr("%1: %2 to add, %3 to update, %4 unchanged, %5 rejected.")
                 .arg(QFileInfo(fileName).fileName())
                 .arg(preview.count(ChildImportAction::Add))
                 .arg(preview.count(ChildImportAction::Update))
                 .arg(preview.count(ChildImportAction::Unchanged))
                 .arg(rejected)
          << Qt::endl;
    // A children list is written whole or not at all: a half-imported group is harder to repair
    // than a corrected file is to import again.
    if (rejected > 0) {
        m_out << tr("Nothing was written: correct the rejected lines (or remove them) and import again.")
              << Qt::endl;
        m_err << tr("%n line(s) rejected; nothing was written.", nullptr, rejected) << Qt::endl;
        return exitRefused;
    }
    if (dryRun)
        m_out << tr("Nothing was written (--dry-run).") << Qt::endl;
    else if (changes == 0)
        m_out << tr("Nothing to write.") << Qt::endl;
    else
        m_out << tr("%n child(ren) written.", nullptr, ChildImport::apply(db, actor, preview)) << Qt::endl;
    return exitOk;
}

} // namespace kz
