#pragma once

#include "domain/Child.h"
#include "domain/Handover.h"

#include <QWizard>
#include <optional>

namespace kz {

struct Session;

// The overdracht, step by step: the school, the parents' consent, the content (prefilled from the
// dossier, editable) and the preview exactly as the school will read it, then the PDF. Every rule
// is core's; the wizard shows core's reasons.
class HandoverWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SchoolPageId,
        ConsentPageId,
        ContentPageId,
        PreviewPageId
    };

    HandoverWizard(const Session& session, qint64 childId, qint64 schoolId = 0, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    const Child& child() const { return m_child; }
    qint64 schoolId() const { return m_schoolId; }
    QString schoolName() const;
    // Choosing another school loads that school's draft, or a new prefill.
    void setSchoolId(qint64 schoolId);
    std::optional<Handover> handover() const;

    HandoverContent& content() { return m_content; }
    void refill(); // a new prefill from the dossier, replacing what was written
    QString documentLanguage() const { return m_language; }
    void setDocumentLanguage(const QString& language) { m_language = language; }

    // Saves what was written; shows core's reason and returns false when it cannot.
    bool saveDraft();
    // The file to write; asks with a dialog unless a path was set beforehand (tests, scripts).
    QString chooseExportPath();
    void setExportPath(const QString& path) { m_exportPath = path; }
    // Exports; shows the outcome. Returns whether a document was written.
    bool exportDocument();
    // Shows a core error in a message box that belongs to the wizard.
    void showError(const QString& message);
    // Whether what was written differs from what was loaded or last saved.
    bool hasUnsavedChanges();

public slots:
    // Closing with unsaved writing asks first: save the draft, throw it away, or stay.
    void reject() override;

signals:
    void exported(const QString& message);

private:
    void updateButtons(int pageId);
    void collectCurrentPage();

    const Session& m_session;
    Child m_child;
    qint64 m_schoolId = 0;
    HandoverContent m_content;
    QByteArray m_baseline; // the content as loaded or last saved
    QString m_language = QStringLiteral("nl");
    QString m_exportPath;
};

} // namespace kz
