#pragma once

#include "db/ScratchFolder.h"

#include <QString>
#include <memory>

namespace kz {

class Database;

// A plaintext working copy of a whole database as an SQLite file, for a backup to encrypt: the
// engine's own snapshot beside a database file, or for a server one consistent read copied into
// a file in this computer's private application folder (never the backup's folder). Wiped with its
// private folder when it goes.
class DatabaseSnapshot
{
public:
    explicit DatabaseSnapshot(const Database& db);
    const QString& file() const { return m_file; }
    // Where plaintext working copies of `db` are made: beside its file, or for a server in this
    // computer's application data folder (made, private, when missing).
    static QString workingPlaceFor(const Database& db);

private:
    std::unique_ptr<ScratchFolder> m_scratch;
    QString m_file;
};

} // namespace kz
