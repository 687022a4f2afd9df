#pragma once

#include "CoreFixture.h"
#include "services/BackupKey.h"

#include <QString>

// A small organisation with a backup folder and a backup key whose recovery file lies apart.
class AutomaticBackupFixture : public CoreFixture
{
protected:
    void SetUp() override;

    QString folder() const { return m_dir.filePath(QStringLiteral("backups")); }
    QString recoveryFile() const { return m_dir.filePath(QStringLiteral("safe/recovery.kzkey")); }
    QString restoredPath(const QString& name = QStringLiteral("restored.db")) const
    {
        return m_dir.filePath(name);
    }
    QStringList backupFiles() const;

    static const QString passphrase;
    kz::RecoveryKit m_kit;
};
