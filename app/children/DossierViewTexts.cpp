#include "DossierView.h"
#include "shell/HeaderToolTips.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

// The dossier's texts, set again when the language changes.

namespace kz {

void DossierView::retranslate()
{
    // Letters chosen by hand: the menu bar keeps F, V, L and H, and every button gets its own.
    const QStringList texts = {tr("← &Back"),
                               tr("New &observation"),
                               tr("New &support need"),
                               tr("S&tatus..."),
                               tr("&Parents informed..."),
                               tr("Revie&w date..."),
                               tr("L&evel..."),
                               tr("&Refer..."),
                               tr("&Update referral..."),
                               tr("&Close..."),
                               tr("&Make this a support need..."),
                               tr("Chan&ge..."),
                               tr("&Access request..."),
                               tr("Ha&ndover to school..."),
                               tr("Case for &intervisie...")};
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setText(texts[i]);
    m_buttons[Back]->setToolTip(tr("Back to the list (Alt+Left or Backspace)"));
    m_buttons[NewObservation]->setToolTip(tr("Ctrl+N"));
    m_buttons[NewNeed]->setToolTip(tr("Ctrl+Shift+N"));
    m_buttons[HandOver]->setToolTip(tr("The handover to the primary school, with the parents' consent"));
    m_buttons[Case]->setToolTip(tr("This child's story without names, places or dates, to discuss with "
                                   "colleagues in intervisie"));
    m_print->setText(tr("Print..."));
    m_printAction->setText(tr("Print a summary of the file"));
    m_print->setToolTip(tr("Print a summary of this file, after a preview (%1)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_buttons[Inzage]->setToolTip(
        tr("Everything held about this child, and who saw it, for the parents' access request"));
    m_needs->setAccessibleName(tr("Support needs"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_domainFilter->setAccessibleName(tr("Domain"));
    m_periodFilter->setAccessibleName(tr("Period"));
    m_childMenu->setText(tr("Chil&d"));
    m_childMenu->setToolTip(tr("Correct the details, move to another group, record leaving"));
    m_editDetails->setText(tr("&Edit details and parents..."));
    m_move->setText(tr("&Move to another group..."));
    m_leave->setText(tr("Record &leaving..."));
    retranslateParentsMenu();
    m_strengthsTitle->setText(tr("What goes well"));
    m_needsTitle->setText(tr("Open support needs"));
    m_timelineTitle->setText(tr("Timeline"));
    m_needs->setHorizontalHeaderLabels(
        {tr("Domain"), tr("Level"), tr("Status"), tr("Review"), tr("Parents informed"), tr("Referrals")});
    m_timeline->setHeaderLabels({tr("When"), tr("Domain"), tr("By"), tr("What")});
    HeaderToolTips::set(
        m_needs->horizontalHeader(),
        {tr("The development domain of the need"), tr("1 basic, 2 basic plus, 3 specialised support"),
         tr("Where the need stands: signalled, discussed with the parents, support in place, evaluated"),
         tr("The date to look at the need again; red when it has passed"),
         tr("Whether and when the parents were told"), tr("Partners the child was referred to")});
    HeaderToolTips::set(m_timeline->header(),
                        {tr("When it was observed or done"), tr("The development domains it concerns"),
                         tr("Who wrote it"), tr("The observation, or what happened to the need")});
    const int period = m_periodFilter->currentIndex();
    const QSignalBlocker blocker(m_periodFilter);
    m_periodFilter->clear();
    m_periodFilter->addItem(tr("All time"), 0);
    m_periodFilter->addItem(tr("Last month"), 1);
    m_periodFilter->addItem(tr("Last 3 months"), 3);
    m_periodFilter->addItem(tr("Last 12 months"), 12);
    m_periodFilter->setCurrentIndex(std::max(0, period));
}

} // namespace kz
