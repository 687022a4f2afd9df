#pragma once

#include <QStringList>

namespace kz {

// The tables of schema 9 on PostgreSQL (see PostgresSchemaV9.h), in an order that every reference
// finds its table, and their indexes.
QStringList postgresSchemaV9Tables();
QStringList postgresSchemaV9Indexes();
// The sociale kaart (PostgresSchemaV9Records.cpp).
QStringList postgresSchemaV9PartnerTables();
// Referrals, handovers, the audit log and the retention log (PostgresSchemaV9Records.cpp).
QStringList postgresSchemaV9RecordTables();
// The rows every new database holds (PostgresSchemaV9Rows.cpp).
QStringList postgresSchemaV9Rows();

} // namespace kz
