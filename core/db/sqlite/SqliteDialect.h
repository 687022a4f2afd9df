#pragma once

#include "db/Dialect.h"

namespace kz {

// SQLite 3.40 through Qt's QSQLITE: a file on this computer, the default engine. Write
// transactions take the lock with BEGIN IMMEDIATE (a deferred BEGIN fails later with "database
// is locked"); the search index is FTS5 with diacritics removed, kept in step by triggers.
class SqliteDialect final : public Dialect
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
    bool emptyJournal(const Database& db) const override;
    qint64 othersCommits(const Database& db) const override;

    TextSearch observationSearch() const override;
    QString searchQuery(const QStringList& words) const override;
    void tidySearchIndex(const Database& db) const override;
    std::unique_ptr<SearchIndexFill> fillObservationIndexInBulk(const Database& db) const override;
};

} // namespace kz
