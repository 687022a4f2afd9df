#pragma once

#include <QString>

namespace kz {

// Reads a database file that is not open in Kindzicht (an unpacked backup) without changing it.
class SqliteFileCheck
{
public:
    // True when SQLite finds `file` sound and its schema version is between 1 and `newestVersion`;
    // otherwise false, with what SQLite said in `detail`.
    static bool isSoundAndKnown(const QString& file, int newestVersion, QString* detail);
};

} // namespace kz
