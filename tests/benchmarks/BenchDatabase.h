#pragma once

#include "db/Database.h"
#include "domain/User.h"

#include <QString>
#include <memory>

// The database a benchmark measures, named by KINDZICHT_BENCH_DB: a file, generated when absent
// (100 locations; KINDZICHT_BENCH_CHILDREN / KINDZICHT_BENCH_OBSERVATIONS children and
// observations), or a server's postgresql:// address. An empty server database is filled by
// copying a file (KINDZICHT_BENCH_SOURCE, generated the same way when absent) with the `copy`
// command's service, so both engines are measured on the same rows. KINDZICHT_BENCH_LOGIN names a
// login to measure as instead of the address's user (see asOwnLogin).
namespace kz::bench {

std::unique_ptr<Database> openBenchDatabase(const QString& defaultFile, int defaultChildren);

// Logs in one of the generated accounts with the demo password (SyntheticOrganisation); says
// what to do when the database has no such account (made before it existed) and exits.
Actor loginGenerated(const Database& db, const QString& username);

} // namespace kz::bench
