#pragma once

#include "services/BackupKey.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace kz {

struct Session;

// Makes (or replaces) the backup key: a passphrase typed twice and where the recovery file goes.
// Core makes the key, writes the file and audits it; the kit (with the code) is kept for the
// recovery code dialog.
class BackupKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupKeyDialog(const Session& session, QWidget* parent = nullptr);

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* againEdit() const { return m_again; }
    QLineEdit* fileEdit() const { return m_file; }
    QString errorText() const;
    const std::optional<RecoveryKit>& kit() const { return m_kit; }

    void accept() override;

private:
    void chooseFile();

    const Session& m_session;
    QLineEdit* m_passphrase;
    QLineEdit* m_again;
    QLineEdit* m_file;
    QLabel* m_error;
    std::optional<RecoveryKit> m_kit;
};

} // namespace kz
