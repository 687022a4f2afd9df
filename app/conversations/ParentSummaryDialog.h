#pragma once

#include "domain/ParentSummary.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace kz {

struct Session;

// The summary for parents, written from the file in plain words and edited here before it is given:
// what goes well first, what we work on, tips for home, who can help, the next conversation. The B1
// check's findings are shown beside the text as it is typed; printing or saving as PDF keeps what
// was given in the file.
class ParentSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ParentSummaryDialog(const Session& session, qint64 childId, QWidget* parent = nullptr);

    ParentSummaryContent content() const;
    void setContent(const ParentSummaryContent& content);
    QComboBox* language() const { return m_language; }
    QPlainTextEdit* section(int index) const { return m_sections.value(index); }
    QListWidget* findings() const { return m_findings; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    // Writes the PDF to `path` and keeps what was given; false (with the reason shown) when refused.
    bool saveAs(const QString& path);
    bool printWithPreview();
    QLabel* error() const { return m_error; }

signals:
    void given(const QString& message);

private:
    void compose();
    void languageChosen();
    void check();
    void showError(const QString& message);

    const Session& m_session;
    qint64 m_childId = 0;
    QString m_composedLanguage;
    bool m_edited = false;
    QComboBox* m_language;
    QLineEdit* m_title;
    QList<QPlainTextEdit*> m_sections;
    QListWidget* m_findings;
    QLabel* m_findingsTitle;
    QLabel* m_error;
    QPushButton* m_print;
    QPushButton* m_pdf;
};

} // namespace kz
