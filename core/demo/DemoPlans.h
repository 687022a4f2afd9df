#pragma once

#include "domain/Enums.h"
#include "domain/Organisation.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace kz {

// The demo organisation's shape: its locations, their groups and the wijken its children live in.
struct GroupPlan
{
    const char* name;
    GroupKind kind;
    int minMonths;
    int maxMonths;
    int capacity;
    int children;
};

struct LocationPlan
{
    Location location;
    QList<GroupPlan> groups;
    QStringList wijken;
};

QList<LocationPlan> demoLocationPlans();

// How often each need domain is drawn, weighted as the area plans report: language first, then
// stimulation at home and basic needs.
const QList<QPair<const char*, int>>& demoDomainWeights();

} // namespace kz
