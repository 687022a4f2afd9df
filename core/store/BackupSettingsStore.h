#pragma once

#include "domain/BackupPlan.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;

// Where automatic backups go and how many are kept: kept in the database, so the application's
// daily backup and the system's scheduler (kindzicht-cli backup --auto) follow the same choice.
// Changing them is for beheerders and audited.
class BackupSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::BackupSettingsStore)

public:
    explicit BackupSettingsStore(const Database& db) : m_db(db) {}

    QString folder() const; // empty until chosen
    BackupPlan plan() const;
    void setFolder(const Actor& actor, const QString& folder);
    void setPlan(const Actor& actor, const BackupPlan& plan);

private:
    QString value(const QString& key) const;
    void setValue(const QString& key, const QString& value);
    const Database& m_db;
};

} // namespace kz
