#pragma once

#include <QStringList>

namespace kz {

// Schema version 1: organisation, children, needs, observations, sociale kaart, users, audit.
QStringList schemaV1Statements();

} // namespace kz
