#pragma once

#include "services/PartnerImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kz {

struct Session;

// The preview of an import: what will be added, updated, left alone or rejected (with the line
// and the reason). Nothing is written until "Import" is pressed; then all of it in one go.
class PartnerImportDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerImportDialog(const Session& session, ImportPreview preview, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* importButton() const { return m_import; }
    QString summaryText() const;
    QString errorText() const;

    void accept() override;

private:
    QString summaryHtml() const;
    void setUpTable();
    void fillTable();
    // Lists the updates that drop wijken, narrow ages or empty a field; true when the user confirms.
    bool confirmNarrowing();

    const Session& m_session;
    ImportPreview m_preview;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_error;
    QPushButton* m_import;
};

} // namespace kz
