#pragma once

#include <QStringList>

namespace kz {

// Schema version 9 on PostgreSQL, in one step: a server database is new, so it starts at the
// version the SQLite files reached one migration at a time, and later steps carry the same numbers
// on both engines. The same tables, columns and rules as SQLite's; where PostgreSQL has its own
// spelling: identity ids, `date` and `timestamptz` (UTC) for what SQLite keeps as text, flags as
// 0/1 integers (so every query compares them alike), a tsvector column with a GIN index for the
// notes' search (accents ignored through `unaccent`), and triggers that keep the audit log
// append-only and a sent handover unchanged.
QStringList postgresSchemaV9Statements();

} // namespace kz
