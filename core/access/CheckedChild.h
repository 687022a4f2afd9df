#pragma once

#include "domain/User.h"

namespace kz {

class Database;

// One scope check for one action that reads a child's data part by part (a dossier: the child, the
// needs, the notes, the history, the handovers, the conversations): AccessPolicy::requireChild is
// made once when it is constructed, and the stores' own checks for this user and child pass
// without asking the database again while it lives. It lives only as long as the action: a scope
// that changes afterwards is checked again by the next one.
class CheckedChild
{
public:
    CheckedChild(const Database& db, const Actor& actor, qint64 childId); // throws as requireChild
    ~CheckedChild();
    CheckedChild(const CheckedChild&) = delete;
    CheckedChild& operator=(const CheckedChild&) = delete;

private:
    const Database& m_db;
    qint64 m_userId;
    qint64 m_childId;
};

} // namespace kz
