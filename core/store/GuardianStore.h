#pragma once

#include "domain/EditConflict.h"
#include "domain/Guardian.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

namespace kz {

class Database;

// Parents and guardians of a child: who to talk to, in which language, with an interpreter or
// not. Everyone who may see the child reads them; the managers of the child's location and the
// practitioners of her group (the people who talk with the parents) add, change and remove them.
class GuardianStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::GuardianStore)

public:
    explicit GuardianStore(const Database& db) : m_db(db) {}

    QList<Guardian> list(const Actor& actor, qint64 childId) const;
    qint64 add(const Actor& actor, const Guardian& guardian);
    // Refused (EditConflictError) when the guardian changed after `guardian.version` was read.
    void update(const Actor& actor, const Guardian& guardian, Overwrite overwrite = Overwrite::No);
    void remove(const Actor& actor, qint64 guardianId);

private:
    qint64 childOf(const Actor& actor, qint64 guardianId) const;

    const Database& m_db;
};

} // namespace kz
