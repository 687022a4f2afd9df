#include "ServerContact.h"

#include "Database.h"
#include "Error.h"
#include "SqlQuery.h"

namespace kz {

bool ServerContact::answers(const Database& db)
{
    if (!db.isServer())
        return true;
    try {
        SqlQuery::run(db, QStringLiteral("SELECT 1"));
        return true;
    } catch (const Error&) {
        return false;
    }
}

} // namespace kz
