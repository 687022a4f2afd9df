#pragma once

#include "ThrowawayPostgres.h"
#include "domain/User.h"

#include <QString>

namespace kz {
class Database;
}

// The demo organisation in a database of its own on a throwaway server (the run's, or a test's own:
// OwnPostgresServer), for the tests of several workstations at once; the database is dropped
// afterwards.
class ServerDemo
{
public:
    explicit ServerDemo(const QString& socket);

    bool created() const { return m_created; }
    const QString& name() const { return m_scratch.name(); }
    const QString& address() const { return m_address; }
    // A demo account logged in on `db` (one of this demo's connections).
    static kz::Actor login(const kz::Database& db, const QString& username);

private:
    kz::test::ScratchPostgresDatabase m_scratch;
    QString m_address;
    bool m_created = false;
};
