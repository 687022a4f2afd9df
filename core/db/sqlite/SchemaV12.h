#pragma once

#include <QStringList>

namespace kz {

// Schema version 12: automatic backups. `backup_keys` holds the public half of each backup key a
// beheerder made (the secret half never enters the database); `backup_log` records every
// automatic backup that was written and checked: where, its size and hash, and when rotation
// removed it.
QStringList schemaV12Statements();

} // namespace kz
