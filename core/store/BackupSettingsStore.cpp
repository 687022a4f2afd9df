#include "BackupSettingsStore.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFileInfo>

namespace kz {

QString BackupSettingsStore::folder() const
{
    return value(QStringLiteral("backup_folder"));
}

BackupPlan BackupSettingsStore::plan() const
{
    const QString text = value(QStringLiteral("backup_plan"));
    return text.isEmpty() ? BackupPlan{} : BackupPlan::fromText(text);
}

void BackupSettingsStore::setFolder(const Actor& actor, const QString& folder)
{
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin}, QStringLiteral("backup_settings"));
    if (folder.trimmed().isEmpty() || QFileInfo(folder).isRelative())
        throw Error(Error::Kind::Validation, tr("Choose the backup folder by its full path."));
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    setValue(QStringLiteral("backup_folder"), clean);
    AuditLog::record(m_db, actor, QStringLiteral("settings"), QStringLiteral("backup_folder"), std::nullopt,
                     std::nullopt, clean);
    m_db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
}

void BackupSettingsStore::setPlan(const Actor& actor, const BackupPlan& plan)
{
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin}, QStringLiteral("backup_settings"));
    plan.validate();
    setValue(QStringLiteral("backup_plan"), plan.toText());
    AuditLog::record(m_db, actor, QStringLiteral("settings"), QStringLiteral("backup_plan"), std::nullopt,
                     std::nullopt, plan.toText());
    m_db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
}

QString BackupSettingsStore::value(const QString& key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    return q.scalar().value_or(QVariant()).toString();
}

void BackupSettingsStore::setValue(const QString& key, const QString& value)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
}

} // namespace kz
