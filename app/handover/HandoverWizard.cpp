#include "HandoverWizard.h"

#include "Error.h"
#include "HandoverConsentPage.h"
#include "HandoverContentPage.h"
#include "HandoverPreviewPage.h"
#include "HandoverSchoolPage.h"
#include "documents/HandoverExport.h"
#include "services/HandoverComposer.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace kz {

HandoverWizard::HandoverWizard(const Session& session, qint64 childId, qint64 schoolId, QWidget* parent)
    : QWizard(parent), m_session(session), m_child(ChildStore(session.db).get(session.actor, childId))
{
    setObjectName(QStringLiteral("handoverWizard"));
    setWindowTitle(tr("Handover to school: %1").arg(m_child.fullName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("Save &draft"));
    setButtonText(QWizard::FinishButton, tr("&Export PDF..."));
    setPage(SchoolPageId, new HandoverSchoolPage(this));
    setPage(ConsentPageId, new HandoverConsentPage(this));
    setPage(ContentPageId, new HandoverContentPage(this));
    setPage(PreviewPageId, new HandoverPreviewPage(this));
    connect(this, &QWizard::currentIdChanged, this, &HandoverWizard::updateButtons);
    connect(this, &QWizard::customButtonClicked, this, [this] {
        collectCurrentPage();
        if (saveDraft())
            QMessageBox::information(this, windowTitle(), tr("The draft is saved."));
    });
    // Wide enough for either text, so the button does not change size between pages.
    QAbstractButton* finish = button(QWizard::FinishButton);
    finish->setMinimumWidth(std::max(finish->fontMetrics().horizontalAdvance(tr("&Export PDF...")),
                                     finish->fontMetrics().horizontalAdvance(tr("&Close"))) +
                            40);
    resize(860, 680);
    if (schoolId > 0) {
        setSchoolId(schoolId);
        setStartId(ConsentPageId);
    }
}

void HandoverWizard::updateButtons(int pageId)
{
    button(QWizard::CustomButton1)->setVisible(pageId == ContentPageId || pageId == PreviewPageId);
    // A refusal recorded on the consent page ends the wizard there.
    setButtonText(QWizard::FinishButton, pageId == PreviewPageId ? tr("&Export PDF...") : tr("&Close"));
}

QString HandoverWizard::schoolName() const
{
    return m_schoolId > 0 ? HandoverStore(m_session.db).school(m_schoolId).name : QString();
}

void HandoverWizard::setSchoolId(qint64 schoolId)
{
    if (schoolId == m_schoolId)
        return;
    m_schoolId = schoolId;
    m_content =
        HandoverComposer::draftOrPrefill(m_session.db, m_session.actor, m_child.id, schoolId, m_language);
    m_baseline = m_content.toJson();
}

void HandoverWizard::collectCurrentPage()
{
    if (auto* page = qobject_cast<HandoverContentPage*>(currentPage()))
        page->collect();
}

bool HandoverWizard::hasUnsavedChanges()
{
    collectCurrentPage();
    return m_schoolId > 0 && m_content.toJson() != m_baseline;
}

void HandoverWizard::reject()
{
    const std::optional<Handover> h = handover();
    if (hasUnsavedChanges() && !(h && h->consent.state == ConsentState::Denied)) {
        const auto answer = QMessageBox::question(
            this, windowTitle(), tr("Keep what you wrote as the draft for %1?").arg(schoolName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDraft()))
            return;
    }
    QWizard::reject();
}

std::optional<Handover> HandoverWizard::handover() const
{
    if (m_schoolId <= 0)
        return std::nullopt;
    return HandoverStore(m_session.db).find(m_session.actor, m_child.id, m_schoolId);
}

void HandoverWizard::refill()
{
    m_content = HandoverComposer::prefill(m_session.db, m_session.actor, m_child.id, m_schoolId, m_language);
}

bool HandoverWizard::saveDraft()
{
    try {
        HandoverStore(m_session.db).saveDraft(m_session.actor, m_child.id, m_schoolId, m_content);
        m_baseline = m_content.toJson();
        return true;
    } catch (const Error& e) {
        showError(e.userMessage());
        return false;
    }
}

QString HandoverWizard::chooseExportPath()
{
    if (!m_exportPath.isEmpty())
        return m_exportPath;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("Handover %1 - %2.pdf").arg(m_child.fullName(), schoolName()).remove(QLatin1Char('/')));
    return QFileDialog::getSaveFileName(this, tr("Export the handover"), suggested,
                                        tr("PDF documents (*.pdf)"));
}

bool HandoverWizard::exportDocument()
{
    const QString path = chooseExportPath();
    if (path.isEmpty())
        return false;
    try {
        const HandoverSnapshot snapshot = HandoverExport::toFile(m_session.db, m_session.actor, m_child.id,
                                                                 m_schoolId, m_content, m_language, path);
        const QString message =
            tr("Handover of %1 to %2 written to %3 (version %4). Its fingerprint (SHA-256) is "
               "kept in the child's file: %5")
                .arg(m_child.fullName(), schoolName(), QDir::toNativeSeparators(path))
                .arg(snapshot.version)
                .arg(snapshot.sha256);
        m_baseline = m_content.toJson(); // kept as the draft by the export
        emit exported(message);
        return true;
    } catch (const Error& e) {
        showError(e.userMessage());
        return false;
    }
}

void HandoverWizard::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Handover to school"), message);
}

} // namespace kz
