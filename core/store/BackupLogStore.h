#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kz {

class Database;

// One automatic backup that was written and checked.
struct BackupLogRow
{
    qint64 id = 0;
    QDateTime madeAt;
    QDate madeOn; // the local day, for the plan's days, weeks and months
    QString folder;
    QString fileName;
    qint64 size = 0;
    QString fileHash; // BLAKE2b-256 of the file, hex
    qint64 keyId = 0;
    std::optional<QDateTime> removedAt;

    QString filePath() const;
};

// The record of automatic backups: what was made, where, and what rotation removed. Written by the
// automatic backup itself (which needs no person: it can read nothing it writes).
class BackupLogStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::BackupLogStore)

public:
    explicit BackupLogStore(const Database& db) : m_db(db) {}

    qint64 add(const BackupLogRow& row);
    void markRemoved(qint64 id);
    // The backups still kept in `folder`, newest first.
    QList<BackupLogRow> kept(const QString& folder) const;
    std::optional<BackupLogRow> newest() const;

private:
    const Database& m_db;
};

} // namespace kz
