#pragma once

#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kz {

class Database;

// The public half of a backup key. Automatic backups are sealed to it; only its secret half (kept
// in the recovery file, never here) opens them.
struct BackupKeyRecord
{
    qint64 id = 0;
    QByteArray publicKey;
    QString keyCheck; // a short fingerprint of the public key, printed on the recovery sheet
    QDateTime createdAt;
    QString createdBy;
    std::optional<QDateTime> replacedAt;
};

// The backup keys a beheerder made, the current one last. Making a key replaces the one before
// (its backups stay readable with its own recovery file). Beheerders only; audited.
class BackupKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::BackupKeyStore)

public:
    explicit BackupKeyStore(const Database& db) : m_db(db) {}

    // Stores a new public key as the current one, in the caller's transaction or its own.
    qint64 add(const Actor& actor, const QByteArray& publicKey, const QString& keyCheck);
    std::optional<BackupKeyRecord> current() const;
    std::optional<BackupKeyRecord> byCheck(const QString& keyCheck) const;
    QList<BackupKeyRecord> all() const;

private:
    QList<BackupKeyRecord> select(const QString& where, const QString& check) const;
    const Database& m_db;
};

} // namespace kz
