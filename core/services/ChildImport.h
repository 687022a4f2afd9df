#pragma once

#include "domain/Child.h"
#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace kz {

class Database;

enum class ChildImportAction
{
    Add,
    Update,
    Unchanged,
    Rejected,
};

struct ChildImportItem
{
    ChildImportAction action = ChildImportAction::Rejected;
    int line = 0;
    Child child;               // as it will be written (id set for Update/Unchanged)
    QString groupName;         // as in the file
    QStringList changedFields; // for Update, e.g. {"birth date", "group"}: translated labels
    QString reason;            // for Rejected: translated, names the row's problem (the line is in `line`)
};

struct ChildImportPreview
{
    QList<ChildImportItem> items;
    QStringList unknownGroups;
    QList<ChildSummary>
        notInFile; // children of the actor's locations missing from the file: listed, never removed
    QStringList unknownColumns; // header names that were not understood (ignored)

    int count(ChildImportAction action) const;
};

// Import of children from the CSV a childcare administration system exports. First a preview
// (add, update, unchanged, rejected with line and reason); nothing is written until apply(),
// which writes everything in one transaction or nothing. Children match on their number in the
// administration system, else on name and birth date; a group change becomes a move. Children
// who are not in the file are listed, never removed. Location managers, for their groups.
class ChildImport
{
    Q_DECLARE_TR_FUNCTIONS(kz::ChildImport)

public:
    // Throws kz::Error (Validation) when the file cannot be read at all, AccessDenied for anyone
    // but a location manager.
    static ChildImportPreview preview(const Database& db, const Actor& actor, const QByteArray& csv);
    static ChildImportPreview previewFile(const Database& db, const Actor& actor, const QString& path);
    // Returns how many children were added or updated.
    static int apply(const Database& db, const Actor& actor, const ChildImportPreview& preview);
};

} // namespace kz
