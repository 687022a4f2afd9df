#pragma once

#include "domain/Child.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace kz {

// The columns a children export from a childcare administration system can have.
enum class ChildColumn
{
    GivenName,
    Infix, // tussenvoegsel, joined into the family name
    FamilyName,
    BirthDate,
    Group,
    StartDate,
    EndDate,
    Neighbourhood,
    HomeLanguages,
    VeIndication,
    ExternalNumber,
};

// One row as read: the child (without a group id), the group's name as written, and what was
// wrong with the row.
struct ParsedChild
{
    int line = 0;
    Child child;
    QString groupName;
    QStringList problems;
};

struct ChildCsvContent
{
    QSet<ChildColumn> columns; // present in the header: a column that is absent changes nothing
    QStringList unknownColumns;
    QList<ParsedChild> rows;
};

// Reads a children export (',' or ';', BOM, quoted line breaks: see CsvReader) with columns by
// Dutch or English header in any order, and dates as dd-mm-jjjj, d-m-jjjj or ISO.
class ChildCsv
{
    Q_DECLARE_TR_FUNCTIONS(kz::ChildCsv)

public:
    // Throws kz::Error (Validation) when the file as a whole cannot be read or lacks a column
    // every child needs; a row's own problems are left in that row.
    static ChildCsvContent read(const QByteArray& bytes);

    // "5-3-2022", "05-03-2022", "05/03/2022", "2022-03-05"; nullopt when it is none of them or
    // no real date.
    static std::optional<QDate> parseDate(const QString& text);
    static std::optional<ChildColumn> columnFor(const QString& header);
};

} // namespace kz
