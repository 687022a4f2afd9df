#pragma once

#include "domain/Child.h"

#include <QString>

namespace kz {

class SqlQuery;

// The columns of a child as every query that lists children selects them (table alias `c`), and
// their reader: one place to change when a child gains a field.
QString childColumnsSql();
// Reads the child from the first twelve columns, in the order of childColumnsSql().
Child readChildColumns(const SqlQuery& query);

} // namespace kz
