#include "CaseSummaryDialog.h"
#include "Clock.h"
#include "DossierView.h"
#include "Error.h"
#include "NeedStepDialog.h"
#include "ObservationDialog.h"
#include "ReferralDialog.h"
#include "documents/DossierSummary.h"
#include "handover/HandoverWizard.h"
#include "print/PrintPreview.h"
#include "services/AccessRequest.h"
#include "services/Dossier.h"
#include "shell/Session.h"
#include "store/ObservationStore.h"
#include "store/ReferralStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QUrl>

// The dossier's actions: the steps of a signalering, referrals and changing an observation.
// Each opens its dialog; core performs and records the step, and the view reloads once at the end
// (the change notifier's announcements of its own steps are not needed).

namespace kz {

void DossierView::runStep(int step)
{
    const QScopedValueRollback acting(m_acting, true); // reloads once, when done
    SupportNeed need = selectedNeed().value_or(SupportNeed{});
    const auto kind = static_cast<NeedStepDialog::Step>(step);
    if (kind == NeedStepDialog::Step::Create) {
        need = SupportNeed{};
        need.childId = m_childId;
    } else if (need.id == 0) {
        return;
    }
    NeedStepDialog dialog(m_session, kind, need, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        if (dialog.createdNeedId())
            selectNeed(dialog.createdNeedId());
    }
}

void DossierView::makeNeedFromObservation()
{
    const QScopedValueRollback acting(m_acting, true); // reloads once, when done
    const QTreeWidgetItem* item = m_timeline->currentItem();
    if (!item)
        return;
    SupportNeed need;
    need.childId = m_childId;
    const QList<qint64> domains = [&] {
        for (const TimelineEntry& e : m_dossier->timeline())
            if (e.observationId == item->data(0, Qt::UserRole).toLongLong())
                return e.domainIds;
        return QList<qint64>{};
    }();
    need.domainId = domains.value(0);
    NeedStepDialog dialog(m_session, NeedStepDialog::Step::Create, need, this,
                          item->data(0, Qt::UserRole).toLongLong());
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectNeed(dialog.createdNeedId());
    }
}

void DossierView::editObservation()
{
    const QScopedValueRollback acting(m_acting, true); // reloads once, when done
    const QTreeWidgetItem* item = m_timeline->currentItem();
    if (!item)
        return;
    try {
        const Observation o =
            ObservationStore(m_session.db).get(m_session.actor, item->data(0, Qt::UserRole).toLongLong());
        if (o.hidden)
            throw Error(Error::Kind::AccessDenied,
                        tr("You may not change a restricted note of someone else."));
        ObservationDialog dialog(m_session, m_childId, this, o);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void DossierView::refer()
{
    const QScopedValueRollback acting(m_acting, true); // reloads once, when done
    const auto need = selectedNeed();
    if (!need)
        return;
    ReferralDialog dialog(m_session, *need, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void DossierView::updateReferral()
{
    const QScopedValueRollback acting(m_acting, true); // reloads once, when done
    const auto need = selectedNeed();
    if (!need)
        return;
    const QList<Referral> referrals = m_dossier->referralsOf(need->id);
    if (referrals.isEmpty())
        return;
    QStringList names;
    for (const Referral& r : referrals)
        names.append(r.partnerName);
    bool ok = false;
    const QString partner =
        referrals.size() == 1
            ? names.first()
            : QInputDialog::getItem(this, tr("Update referral"), tr("Which referral?"), names, 0, false, &ok);
    if (referrals.size() > 1 && !ok)
        return;
    const Referral& referral = referrals.at(std::max<qsizetype>(0, names.indexOf(partner)));
    const QList<QPair<ReferralStatus, QString>> states = {
        {ReferralStatus::Waiting, tr("On the waiting list")},
        {ReferralStatus::Started, tr("Help has started")},
        {ReferralStatus::Completed, tr("Help completed")},
        {ReferralStatus::Declined, tr("Declined")}};
    QStringList labels;
    for (const auto& [state, label] : states)
        labels.append(label);
    const QString chosen = QInputDialog::getItem(this, tr("Update referral"),
                                                 tr("%1: what is the state today?").arg(referral.partnerName),
                                                 labels, 0, false, &ok);
    if (!ok)
        return;
    try {
        ReferralStore(m_session.db)
            .changeStatus(m_session.actor, referral.id, states.at(labels.indexOf(chosen)).first,
                          Clock::today());
        reload();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void DossierView::accessRequest()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the access request"));
    if (folder.isEmpty() || !exportAccessRequest(folder))
        return;
    // The page is what the parents read: offer to look at it before it is handed over.
    QMessageBox box(QMessageBox::Information, tr("Access request"),
                    tr("Written to %1 as JSON and as a page the parents can read, in the language of "
                       "the program.")
                        .arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::Close, this);
    QPushButton* open = box.addButton(tr("&Open the page"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(accessRequestPage(folder)));
}

QString DossierView::accessRequestPage(const QString& folder) const
{
    return QDir(folder).filePath(QStringLiteral("inzage-%1.html").arg(m_childId));
}

void DossierView::handOver()
{
    const QScopedValueRollback acting(m_acting, true); // reloads once, when done
    try {
        HandoverWizard wizard(m_session, m_childId, 0, this);
        connect(&wizard, &HandoverWizard::exported, this, &DossierView::done);
        wizard.exec();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    reload();
}

void DossierView::caseForIntervisie()
{
    CaseSummaryDialog dialog(m_session, m_childId, this);
    dialog.exec();
}

bool DossierView::printSummary()
{
    try {
        const DossierSummary summary(m_session.db, m_session.actor, m_childId);
        if (PrintPreview::show(summary.paged(), summary.title(), this))
            DossierSummary::recordPrinted(m_session.db, m_session.actor, m_childId);
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

bool DossierView::exportAccessRequest(const QString& folder)
{
    try {
        AccessRequest::exportTo(m_session.db, m_session.actor, m_childId, folder);
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

} // namespace kz
