#include "CheckedChild.h"

#include "AccessPolicy.h"
#include "db/Database.h"

namespace kz {

CheckedChild::CheckedChild(const Database& db, const Actor& actor, qint64 childId)
    : m_db(db), m_userId(actor.userId), m_childId(childId)
{
    AccessPolicy::requireChild(db, actor, childId);
    m_db.rememberChildChecked(m_userId, m_childId);
}

CheckedChild::~CheckedChild()
{
    m_db.forgetChildChecked(m_userId, m_childId);
}

} // namespace kz
