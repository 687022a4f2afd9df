#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
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
    QString detail;   // what changed, never the content itself
    QString userName; // filled by search()
    // Filled by search(): what the row is about, by name: the child, group, account, location,
    // partner or domain; a support need's domain, a referral's partner, an observation's date or a
    // guardian only when the viewer may see that child now (else empty: show "child 32").
    QString subjectName;
    QString childName; // the child of child_id, under the same rule
};

struct AuditFilter
{
    std::optional<QDate> from;
    std::optional<QDate> until;
    QString action;   // empty: every action
    QString userText; // part of the display or user name
    std::optional<qint64> childId;
    int limit = 2000;
};

// The append-only trail of who did what. Stores call record() inside their own transaction, so an
// action and its audit row land together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(kz::AuditLog)

public:
    static void record(const Database& db, const Actor& actor, const QString& action, const QString& entity,
                       std::optional<qint64> entityId, std::optional<qint64> childId = std::nullopt,
                       const QString& detail = {});

    // A refused request (`request`: what was asked, e.g. "child", "purge", "import"), in a
    // transaction of its own that is written even when the caller's transaction rolls back.
    static void recordRefusal(const Database& db, const Actor& actor, const QString& request,
                              std::optional<qint64> childId = std::nullopt, const QString& detail = {});

    // The newest entries first, unscoped: for tests and maintenance only, never for a person's view.
    static QList<AuditEntry> entries(const Database& db, int limit = 1000);
    // The audit view: admins see everything, managers what concerns the children of their
    // locations; others are refused. Reading the trail is itself not logged (it names no child).
    static QList<AuditEntry> search(const Database& db, const Actor& actor, const AuditFilter& filter);
};

} // namespace kz
