#pragma once

#include "services/CaseSummary.h"

#include <QDialog>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace kz {

struct Session;

// "Case for intervisie": the practitioner writes her question, reads the anonymous case as it will
// be shared, confirms each replacement (unticks an ordinary word that may stay) and saves the case
// as text or PDF. Core makes the case anonymous, checks access and records the export.
class CaseSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    CaseSummaryDialog(const Session& session, qint64 childId, QWidget* parent = nullptr);

    // Writes the case as shown to `path` (.pdf or text); false with the reason shown when refused.
    bool saveTo(const QString& path);

    QPlainTextEdit* questionEdit() const { return m_question; }
    QTextBrowser* preview() const { return m_preview; }
    QListWidget* replacementList() const { return m_replacements; }
    const CaseSummary* summary() const { return m_summary ? &*m_summary : nullptr; }

private:
    void compose();
    void showReplacements();
    void followConfirmation();
    void showCase();
    void save(const QString& suffix);
    QSet<QString> kept() const;

    const Session& m_session;
    qint64 m_childId;
    std::optional<CaseSummary> m_summary;
    QSet<QString> m_kept; // survives a new question
    QPlainTextEdit* m_question;
    QTextBrowser* m_preview;
    QListWidget* m_replacements;
    QLabel* m_status;
    QTimer* m_recompose;
};

} // namespace kz
