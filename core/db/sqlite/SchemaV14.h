#pragma once

#include <QStringList>

namespace kz {

// Schema version 14: no lost edits. The rows a person edits in a dialog (children, guardians,
// support needs, observations, partners) carry a version that each change raises and say who
// changed them last (updated_by; updated_at they had), so a save based on an older version is
// refused with a message naming that person (see store/RowVersion). Existing rows start at
// version 1 with the last changer unknown.
QStringList schemaV14Statements();

} // namespace kz
