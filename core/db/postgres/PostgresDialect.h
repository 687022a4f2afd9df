#pragma once

#include "db/Dialect.h"

namespace kz {

// PostgreSQL 15 through Qt's QPSQL: the organisation's server, shared by many computers.
// Timestamps are timestamptz read in UTC; a write transaction is a plain BEGIN (rows are locked
// as they are written); the notes' search index is a generated tsvector column with a GIN index
// (see PostgresSchemaV9). Statements that suspend reference checks are never needed here: a step
// alters its tables in place instead of rebuilding them.
class PostgresDialect final : public Dialect
{
public:
    static QString driver();

    QString driverName() const override { return driver(); }
    Failure failureOf(const QSqlError& error) const override;
    QString engineVersion(const Database& db) const override;

    void prepareConnection(const Database& db) const override;
    void tuneConnection(const Database& db) const override;
    QString beginWrite() const override;
    QString beginConsistentRead() const override;
    bool isServer() const override;
    QStringList tableNames(const Database& db) const override;
    QStringList writableColumns(const Database& db, const QString& table) const override;
    void continueIdsAfter(const Database& db, const QString& table) const override;

    const std::vector<Migration>& migrations() const override;
    int versionBeforeMeta(const Database& db) const override;
    void markVersionForOlderBuilds(const Database& db, int version) const override;
    void suspendReferenceChecks(const Database& db) const override;
    void resumeReferenceChecks(const Database& db) const override;
    std::optional<QString> brokenReference(const Database& db) const override;

    bool actsAsOwner(const Database& db) const override;
    QString loginName(const Database& db) const override;
    void keepLogin(const Database& db, const QString& name, const QString& password) const override;
    void endLogin(const Database& db, const QString& name) const override;
    void beginSchemaStep(const Database& db) const override;
    void endSchemaStep(const Database& db) const override;

    QString joinedText(const QString& expression) const override;
    QString childrenStayingCount() const override;
    QString childNumbersTaken() const override;
    QString passwordHashOf() const override;
    QString typed(const QString& placeholder, ValueType type) const override;
    QString dateNumber(const QString& dateExpression) const override;
    QString monthOf(const QString& dateExpression) const override;

    void optimize(const Database& db) const override;
    void snapshotInto(const Database& db, const QString& file) const override;
    void compact(const Database& db) const override;
    void compactTables(const Database& db, const QStringList& tables) const override;
    bool emptyJournal(const Database& db) const override;
    void markEditing(const Database& db, qint64 userId, qint64 childId, bool on) const override;
    QList<qint64> othersEditing(const Database& db, qint64 childId) const override;
    void notifyOthers(const Database& db, const QString& channel, const QString& payload) const override;

    TextSearch observationSearch() const override;
    QString searchQuery(const QStringList& words) const override;
    void tidySearchIndex(const Database& db) const override;
    std::unique_ptr<SearchIndexFill> fillObservationIndexInBulk(const Database& db) const override;
};

} // namespace kz
