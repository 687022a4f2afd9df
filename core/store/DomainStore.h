#pragma once

#include "domain/DevelopmentDomain.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace kz {

class Database;

// The development domains (ontwikkelingsgebieden): seeded by the schema, extended by admins.
class DomainStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::DomainStore)

public:
    explicit DomainStore(const Database& db) : m_db(db) {}

    QList<DevelopmentDomain> all(bool includeInactive = false) const;
    std::optional<DevelopmentDomain> byCode(const QString& code) const;
    std::optional<DevelopmentDomain> byId(qint64 id) const;
    qint64 add(const Actor& actor, const DevelopmentDomain& domain);

private:
    const Database& m_db;
};

} // namespace kz
