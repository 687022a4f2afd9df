#pragma once

#include "domain/ParentSummary.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace kz {

class Database;

// What was given to a child's parents as a summary, kept as given (like a handover snapshot).
class ParentSummaryStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::ParentSummaryStore)

public:
    explicit ParentSummaryStore(const Database& db) : m_db(db) {}

    // Keeps the content with the SHA-256 of `document`, audits it, and runs `writeFile` in the same
    // transaction: no snapshot without a file, no file without a snapshot.
    ParentSummarySnapshot recordGiven(const Actor& actor, qint64 childId, const ParentSummaryContent& content,
                                      const QByteArray& document, const std::function<void()>& writeFile);
    // Newest first.
    QList<ParentSummarySnapshot> forChild(const Actor& actor, qint64 childId) const;

private:
    const Database& m_db;
};

} // namespace kz
