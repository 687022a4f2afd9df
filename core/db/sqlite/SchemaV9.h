#pragma once

#include <QStringList>

namespace kz {

// Schema version 9: the search index of partners goes (it was written on every change and read
// nowhere; the sociale kaart is searched in its own rows). From this step on the schema version
// is kept in `meta`, where every engine can keep it; SQLite's user_version is still marked, so a
// Kindzicht from before refuses a newer file.
QStringList schemaV9Statements();

} // namespace kz
