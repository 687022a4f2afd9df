#pragma once

#include "domain/Observation.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <optional>

namespace kz {

class Database;

// The observation someone is typing, saved as she types: one draft per user, private to her.
// Not audited per keystroke; the saved observation is.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::DraftStore)

public:
    explicit DraftStore(const Database& db) : m_db(db) {}

    void save(const Actor& actor, const Observation& draft);
    std::optional<Observation> load(const Actor& actor) const;
    void discard(const Actor& actor);

private:
    const Database& m_db;
};

} // namespace kz
