#pragma once

#include "DatabaseCopy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace kz {

class Database;
struct CopiedTable;
struct TableRows;

// Adds the locations of one database to another that holds other locations already: every row
// gets a new id in the target and every reference follows it; development domains and kinds of
// help are matched by code, partners by HSDS id and else by name and postcode (the target's own
// record of a partner stays); the target keeps its settings, backup key and login failures.
// Runs inside the copy's read and write transactions (DatabaseCopy).
class DatabaseMerge
{
    Q_DECLARE_TR_FUNCTIONS(kz::DatabaseMerge)

public:
    DatabaseMerge(const Database& source, const Database& target);

    // Refuses (Conflict) what cannot be added: an account name or a child's number that the target
    // has already. Writes nothing.
    void checkClashes() const;
    // Adds every table's rows and checks the result (rows per table, references).
    CopyResult run();

private:
    using IdMap = QHash<qint64, qint64>;

    qint64 addTable(const CopiedTable& table);
    void assignIds(const CopiedTable& table, TableRows& rows);
    QHash<QString, qint64> existingIds(const CopiedTable& table, const TableRows& rows,
                                       QHash<qint64, QString>* keys);
    void keepOnlyAddedPartners(TableRows& rows) const;
    void dropExistingKeys(const CopiedTable& table, TableRows& rows) const;
    void renumberReferences(const CopiedTable& table, TableRows& rows) const;
    void renumberAuditSubjects(TableRows& rows) const;
    void renumberDraftDomains(TableRows& rows) const;

    const Database& m_source;
    const Database& m_target;
    QHash<QString, IdMap> m_ids;  // per table: the source's id -> the target's
    QSet<qint64> m_addedPartners; // the source's ids of partners that were added
    qint64 m_partnersMatched = 0;
};

} // namespace kz
