#pragma once

#include <QList>
#include <QString>

namespace kz {

// A column that holds the id of a row in another table (a foreign key, or a reference the schema
// does not enforce, such as the audit's child).
struct CopiedReference
{
    QString column;
    QString table;
    bool enforced = true; // false: the row referred to may be gone (a purged child's audit)
};

// How a table's rows join a database that already holds other locations.
enum class MergeRule
{
    Add,            // every row added under a new id, its references renumbered
    MatchCode,      // a row with the same code is the same row; others are added
    MatchPartner,   // the same HSDS id, else the same name and postcode, is the same partner
    OfAddedPartner, // only the rows of partners that were added (a matched partner keeps its own)
    AddMissing,     // added where the target lacks the same key (areas, category links)
    TargetKeeps,    // the target's own rows stay and the source's are not taken (settings, keys)
};

struct CopiedTable
{
    QString name;
    QList<CopiedReference> references;
    MergeRule merge = MergeRule::Add;
};

// Every table of Kindzicht's schema in the order a copy fills them: a row's references are
// always copied before the row. A table the schema gains must be added here (a copy refuses a
// database with a table it does not know, rather than leaving it behind).
class CopyTables
{
public:
    static const QList<CopiedTable>& inOrder();
};

} // namespace kz
