#pragma once

#include <QStringList>

namespace kz {

// Schema version 5: the sociale kaart grows up. Partners get a country (postcodes are checked
// as Dutch only for NL) and the services they offer; wijken and stadsdelen become a known list,
// so imports can show which ones are new; a catch-all category for imported organisations.
QStringList schemaV5Statements();

} // namespace kz
