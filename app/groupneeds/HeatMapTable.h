#pragma once

#include "domain/DevelopmentDomain.h"
#include "services/GroupNeeds.h"

#include <QList>

class QTableWidget;

namespace kz {

// The heat map of the group overview: a row per group, a column per domain, each cell the number
// of children with an open need of level 2 or higher there, coloured by their share of the group.
// Its texts belong to the overview (translation context kz::GroupNeedsView).
class HeatMapTable
{
public:
    static void fill(QTableWidget* table, const QList<DevelopmentDomain>& domains,
                     const QList<GroupFigures>& groups);
};

} // namespace kz
