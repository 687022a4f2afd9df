#pragma once

#include "services/BackupUnlock.h"
#include "shell/LoadOnShow.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kz {

struct Session;

// For administrators: the retention period with a preview of what a purge removes, the purge
// itself (after confirmation), and encrypted backups.
class MaintenanceView : public QWidget
{
    Q_OBJECT

public:
    explicit MaintenanceView(const Session& session, QWidget* parent = nullptr,
                             Loading loading = Loading::Now);

    void reload();
    QSpinBox* monthsBox() const { return m_months; }
    QTableWidget* previewTable() const { return m_preview; }
    QPushButton* purgeButton() const { return m_purge; }
    QLabel* livesInBackupsText() const { return m_livesInBackups; }
    // Writes an encrypted backup; false (with the reason emitted) when it could not.
    bool backupTo(const QString& file, const QString& passphrase);
    bool purgeNow();
    // Restores a backup into a new file (never over the open database); the caller opens it later.
    bool restoreToNewFile(const QString& backup, const BackupUnlock& unlock, const QString& target);

signals:
    void failed(const QString& message);
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void layOut();
    void saveMonths();
    void confirmPurge();
    void askForBackup();
    void askForRestore();
    // What opens the chosen backup: its passphrase, or the backup key's recovery file or code.
    std::optional<BackupUnlock> askForUnlock(const QString& backup);
    void retranslate();

    const Session& m_session;
    QLabel* m_retentionTitle;
    QLabel* m_retentionText;
    QSpinBox* m_months;
    QTableWidget* m_preview;
    QPushButton* m_purge;
    QLabel* m_livesInBackups;
    QLabel* m_backupTitle;
    QLabel* m_backupText;
    QPushButton* m_backup;
    QPushButton* m_restore;
};

} // namespace kz
