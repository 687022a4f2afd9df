#pragma once

#include "CoreFixture.h"

#include <QMap>
#include <QStringList>

namespace kz::test {

// Every row of every table Kindzicht copies, as text, the columns in name order and the rows sorted:
// equal dumps mean the same content whatever the engine. The audit entries of `leftOut` actions
// (such as the "copy" or "restore" that the operation under test adds itself) are left out.
using TableDump = QMap<QString, QStringList>;
TableDump dumpTables(const kz::Database& db, const QStringList& leftOut = {});
void expectSameTables(const TableDump& expected, const TableDump& actual);
// How many notes the engine's search index finds for a few common words.
int searchHits(const kz::Database& db);
QString serverAddress(const QString& socket, const QString& databaseName);
int countIn(const kz::Database& db, const QString& table);

} // namespace kz::test

// The fixture's organisation as the target, and small location files to add to it: each with its
// own beheerder ("NAME-beheer"), manager, practitioner ("NAME-pm"), group "NAME-1", two children
// with three notes about the sandpit, a need, a partner both files know, one of its own and
// "De Toren" (known by name and postcode only).
class CopyFixture : public CoreFixture
{
protected:
    QString locationFile(const QString& name, const QString& extraAccount = {});
    static int countIn(const kz::Database& db, const QString& table) { return kz::test::countIn(db, table); }
    // Each child of `source` is in the target with the same notes.
    void expectChildrenArrived(const kz::Database& source) const;
    qint64 groupOf(const QString& name) const;
};
