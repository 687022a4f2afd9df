#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QStringList>

namespace kz {

class Database;

// "Who else is working in this child's file": a hint for whoever opens something of the child to
// edit, never a lock. While an EditingPresence lives, its connection marks the child as being
// edited by its user; others() names the people whose other connections mark it too. On the
// organisation's server the mark ends with the connection, so a computer that crashes leaves
// none behind. A file is one computer: nobody else is ever named.
class EditingPresence
{
    Q_DECLARE_TR_FUNCTIONS(kz::EditingPresence)

public:
    // Only for a child the actor may see (kz::Error AccessDenied otherwise).
    EditingPresence(const Database& db, const Actor& actor, qint64 childId);
    ~EditingPresence();
    EditingPresence(const EditingPresence&) = delete;
    EditingPresence& operator=(const EditingPresence&) = delete;

    // Marks the child again when the mark went with a lost connection (nothing when it is held).
    void renew() const;
    // The display names of the other people who have the child open for editing now.
    QStringList others() const;
    // What to tell the user: empty when nobody else is, else who.
    QString hint() const;

private:
    const Database& m_db;
    Actor m_actor;
    qint64 m_childId;
};

} // namespace kz
