#pragma once

#include "domain/Partner.h"

#include <QList>

namespace kz {

// The sociale kaart of the demo: organisations, addresses, wijken and schools named in the two
// area plans (Haagse Hout and Segbroek). Descriptions are written for Kindzicht.
QList<Partner> demoPartners(const QDate& today);
// Den Haag, its two stadsdelen of the plans and their wijken.
QList<Area> demoAreas();

} // namespace kz
