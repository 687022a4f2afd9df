// The actions of the social map: keeping partners, import and export, copying.
#include "Error.h"
#include "PartnerDialog.h"
#include "PartnerFilterProxy.h"
#include "PartnerImportDialog.h"
#include "PartnerListModel.h"
#include "SocialMapView.h"
#include "io/OutputFile.h"
#include "services/PartnerImport.h"
#include "shell/Session.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace kz {

void SocialMapView::newPartner()
{
    if (!m_canKeep)
        return;
    Partner blank;
    blank.city = QStringLiteral("Den Haag");
    PartnerDialog dialog(m_session, m_model->categories(), m_model->areas(), blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPartner(dialog.savedId());
    emit done(tr("%1 added to the social map.").arg(dialog.partner().name));
}

void SocialMapView::editCurrent()
{
    const Partner* current = currentPartner();
    if (!m_canKeep || !current)
        return;
    try {
        // Fresh from the database, with its contacts.
        const Partner partner = PartnerStore(m_session.db).get(m_session.actor, current->id);
        PartnerDialog dialog(m_session, m_model->categories(), m_model->areas(), partner, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reload();
        emit done(tr("%1 saved.").arg(dialog.partner().name));
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void SocialMapView::verifyCurrent()
{
    const Partner* current = currentPartner();
    if (!m_canKeep || !current)
        return;
    try {
        const QString name = current->name;
        PartnerStore(m_session.db).markVerified(m_session.actor, current->id);
        reload();
        emit done(tr("The details of %1 are recorded as verified today.").arg(name));
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void SocialMapView::retireCurrent()
{
    const Partner* current = currentPartner();
    if (!m_canKeep || !current || current->status == PartnerStatus::Defunct)
        return;
    const QString name = current->name;
    const qint64 id = current->id;
    QMessageBox question(
        QMessageBox::Question, tr("Retire partner"),
        tr("Mark %1 as defunct? It is no longer suggested for referrals; past referrals keep "
           "their history. You can set it active again by editing it.")
            .arg(name),
        QMessageBox::Cancel, this);
    QPushButton* retire = question.addButton(tr("Retire"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != retire)
        return;
    try {
        PartnerStore(m_session.db).setStatus(m_session.actor, id, PartnerStatus::Defunct);
        reload();
        emit done(tr("%1 is marked as defunct.").arg(name));
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void SocialMapView::askImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import partners"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Partner lists (*.csv *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void SocialMapView::importFile(const QString& path)
{
    ImportPreview preview;
    try {
        QFile file(path);
        if (file.size() > 64LL * 1024 * 1024)
            throw Error(
                Error::Kind::Validation,
                tr("%1 is larger than 64 MB; this is not a partner list.").arg(QFileInfo(path).fileName()));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Io, tr("%1 could not be read.").arg(QFileInfo(path).fileName()),
                        file.errorString());
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const QByteArray bytes = file.readAll();
        preview = PartnerImport::preview(m_session.db, m_session.actor, bytes, QFileInfo(path).fileName());
        QGuiApplication::restoreOverrideCursor();
    } catch (const Error& e) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(
            this, tr("Import partners"),
            tr("%1 cannot be imported.\n\n%2").arg(QFileInfo(path).fileName(), e.userMessage()));
        return;
    }
    PartnerImportDialog dialog(m_session, preview, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit done(tr("Imported from %1: %2 added, %3 updated.")
                  .arg(preview.source)
                  .arg(preview.count(ImportRow::Action::Add))
                  .arg(preview.count(ImportRow::Action::Update)));
}

void SocialMapView::askExport(PartnerExport::Format format)
{
    bool onlyShown = false;
    if (m_proxy->rowCount() < m_model->rowCount()) {
        QMessageBox question(QMessageBox::Question, tr("Export partners"),
                             tr("Export only the %1 organisations shown, or all %2?")
                                 .arg(m_proxy->rowCount())
                                 .arg(m_model->rowCount()),
                             QMessageBox::Cancel, this);
        QPushButton* shown = question.addButton(tr("Only those shown"), QMessageBox::AcceptRole);
        QPushButton* all = question.addButton(tr("All"), QMessageBox::AcceptRole);
        question.setDefaultButton(shown);
        question.exec();
        if (question.clickedButton() != shown && question.clickedButton() != all)
            return;
        onlyShown = question.clickedButton() == shown;
    }
    const QString suffix = PartnerExport::fileSuffix(format);
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/%1.%2").arg(tr("social-map"), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export partners"), suggested,
                                                      QStringLiteral("*.%1").arg(suffix));
    if (!path.isEmpty())
        exportTo(format, path, onlyShown);
}

bool SocialMapView::exportTo(PartnerExport::Format format, const QString& path, bool onlyShown)
{
    try {
        const QList<Partner> partners = onlyShown ? m_proxy->visiblePartners() : m_model->finder().partners();
        const QString language =
            QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
        const QByteArray bytes =
            PartnerExport::render(m_session.db, m_session.actor, partners, format, language);
        OutputFile::write(path, bytes, OutputFile::Access::Shared);
        emit done(tr("%n organisation(s) exported to %1.", nullptr, static_cast<int>(partners.size()))
                      .arg(QFileInfo(path).fileName()));
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

void SocialMapView::copyToClipboard(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit done(tr("%1 copied: %2").arg(what, text));
}

} // namespace kz
