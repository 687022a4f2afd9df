#include "EditingPresence.h"

#include "access/AccessPolicy.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"

#include <QLocale>

namespace kz {

EditingPresence::EditingPresence(const Database& db, const Actor& actor, qint64 childId)
    : m_db(db), m_actor(actor), m_childId(childId)
{
    AccessPolicy::requireChild(m_db, m_actor, m_childId);
    m_db.dialect().markEditing(m_db, m_actor.userId, m_childId, true);
}

EditingPresence::~EditingPresence()
{
    try {
        m_db.dialect().markEditing(m_db, m_actor.userId, m_childId, false);
    } catch (...) {
        // A lost connection took the mark with it.
    }
}

void EditingPresence::renew() const
{
    m_db.dialect().markEditing(m_db, m_actor.userId, m_childId, true);
}

QStringList EditingPresence::others() const
{
    QStringList names;
    for (const qint64 userId : m_db.dialect().othersEditing(m_db, m_childId)) {
        if (userId == m_actor.userId)
            continue; // herself on another computer: not news
        SqlQuery q(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = :id AND active = 1"));
        q.bind(QStringLiteral(":id"), userId);
        if (const auto name = q.scalar())
            names.append(name->toString());
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString EditingPresence::hint() const
{
    const QStringList names = others();
    if (names.isEmpty())
        return {};
    const QString who = QLocale().createSeparatedList(names);
    return names.size() == 1 ? tr("%1 is also working in this child's file.").arg(who)
                             : tr("%1 are also working in this child's file.").arg(who);
}

} // namespace kz
