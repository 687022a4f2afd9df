#pragma once

#include <QStringList>

namespace kz {

// Schema version 6: the overdracht to school. One handover per child and school holds the
// parents' consent and the draft; every export leaves an immutable snapshot with the PDF's hash.
QStringList schemaV6Statements();

} // namespace kz
