#pragma once

#include <QStringList>

namespace kz {

// PostgreSQL's statements for the schema steps after 9, under the same numbers as SQLite's
// (core/db/sqlite/SchemaV<N>): a server database takes each step as a file does.
QStringList postgresSchemaV10Statements(); // a VE programme per location
QStringList postgresSchemaV11Statements(); // parent conversations, summaries given, a location's tips
QStringList postgresSchemaV12Statements(); // the backup key and the log of automatic backups
QStringList postgresSchemaV14Statements(); // a version and last changer on the rows edited in dialogs
QStringList postgresSchemaV15Statements(); // row-level security and the audit's actor (PostgresRowSecurity)
QStringList postgresSchemaV16Statements(); // each child's highest open level (PortableSchemaV16)

} // namespace kz
