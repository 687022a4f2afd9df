#pragma once

#include "services/ChildImport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kz {

struct Session;

// Importing children from the CSV of the administration system. First a preview: per line what
// happens (add, update, unchanged, rejected with the reason), the groups the file names that do
// not exist, and the children who are not in the file (listed, never removed). Nothing is
// written until "Import"; then everything in one go.
class ChildImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChildImportDialog(const Session& session, QWidget* parent = nullptr);

    // Reads and previews a file; false (with the reason shown) when it cannot be read at all.
    bool loadFile(const QString& path);
    // Asks for a file and previews it.
    void chooseFile();

    QTableWidget* table() const { return m_table; }
    QListWidget* notInFileList() const { return m_notInFile; }
    QPushButton* importButton() const { return m_import; }
    QString summaryText() const;
    QString errorText() const;
    int importedCount() const { return m_imported; }

    void accept() override;

private:
    void showPreview();
    void showError(const QString& message);

    const Session& m_session;
    ChildImportPreview m_preview;
    QString m_path;
    QPushButton* m_choose;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_notInFileTitle;
    QListWidget* m_notInFile;
    QLabel* m_error;
    QPushButton* m_import;
    int m_imported = 0;
};

} // namespace kz
