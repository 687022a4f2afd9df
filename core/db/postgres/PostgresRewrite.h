#pragma once

#include <QStringList>

namespace kz {

class Database;

// Rewrites tables on the server (VACUUM FULL) so that deleted rows leave their files. VACUUM FULL
// silently copies a deleted row that some snapshot may still see, so it first waits, within the
// lock timeout (at least 10 s), until no snapshot can; else it throws and the caller keeps the
// wipe pending (Database::finishWipe).
class PostgresRewrite
{
public:
    explicit PostgresRewrite(const Database& db);

    void tables(const QStringList& tables) const;
    void everyTable() const;

private:
    void waitForOlderSnapshots() const;

    const Database& m_db;
};

} // namespace kz
