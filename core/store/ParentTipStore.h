#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace kz {

class Database;

// A location's own tips for home for one development domain and language, used instead of the ones
// Kindzicht ships (HomeTipLibrary). Managers of the location write them; anyone may read them.
class ParentTipStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::ParentTipStore)

public:
    explicit ParentTipStore(const Database& db) : m_db(db) {}

    // The location's tips, or nothing when it uses the shipped ones.
    std::optional<QStringList> tips(qint64 locationId, qint64 domainId, const QString& language) const;
    // One tip a line; an empty list goes back to the shipped tips.
    void setTips(const Actor& actor, qint64 locationId, qint64 domainId, const QString& language,
                 const QStringList& tips);

private:
    const Database& m_db;
};

} // namespace kz
