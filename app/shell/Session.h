#pragma once

#include "db/Database.h"
#include "domain/User.h"

namespace kz {

// The open database and the person logged in: what every workspace asks core with.
struct Session
{
    const Database& db;
    Actor actor;
};

} // namespace kz
