#pragma once

#include "domain/User.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kz {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> userId;
    QString action; // create, update, status, close, view, export, ...
    QString entity; // child, support_need, observation, ...
    std::optional<qint64> entityId;
    std::optional<qint64> childId;
    QString detail; // what changed, never the content itself
};

// The append-only trail of who did what. Stores call record() inside their own transaction, so an
// action and its audit row land together or not at all.
class AuditLog
{
public:
    static void record(const Database& db, const Actor& actor, const QString& action, const QString& entity,
                       std::optional<qint64> entityId, std::optional<qint64> childId = std::nullopt,
                       const QString& detail = {});

    // The newest entries first; for tests and, later, the audit view.
    static QList<AuditEntry> entries(const Database& db, int limit = 1000);
};

} // namespace kz
