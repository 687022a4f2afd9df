#include "DossierView.h"

#include "Clock.h"
#include "Error.h"
#include "NeedStepDialog.h"
#include "ObservationDialog.h"
#include "ReferralDialog.h"
#include "db/ChangeNotifier.h"
#include "domain/Age.h"
#include "domain/Labels.h"
#include "services/Dossier.h"
#include "shell/HeaderToolTips.h"
#include "shell/LogFile.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/DomainStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/OrganisationStore.h"
#include "store/ReferralStore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kz {

namespace {

const char* const buttonNames[] = {"back",   "observation", "need",     "status", "parents",         "review",
                                   "level",  "refer",       "referral", "close",  "fromObservation", "edit",
                                   "inzage", "handover",    "case"};

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

} // namespace

DossierView::DossierView(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_header(new QLabel(this)), m_details(new QLabel(this)),
      m_guardians(new QLabel(this)), m_leftNotice(new QLabel(this)), m_childMenu(new QPushButton(this)),
      m_print(new QPushButton(this)), m_strengths(new QLabel(this)), m_restrictedNote(new QLabel(this)),
      m_needs(new QTableWidget(this)), m_timeline(new QTreeWidget(this)), m_domainFilter(new QComboBox(this)),
      m_periodFilter(new QComboBox(this)), m_needsTitle(sectionTitle(this)),
      m_timelineTitle(sectionTitle(this)), m_strengthsTitle(sectionTitle(this))
{
    styleLabels();
    createChildMenu();
    createParentsMenu();
    createButtons();
    createTables();
    layOut();
    // The file follows what is changed elsewhere: an observation logged from the menu, a need
    // changed on another computer.
    connect(session.db.changes(), &ChangeNotifier::committed, this, &DossierView::followChanges);
    retranslate();
}

void DossierView::styleLabels()
{
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_header->setFont(big);
    m_details->setStyleSheet(QStringLiteral("color: #444;"));
    m_guardians->setTextFormat(Qt::RichText);
    m_guardians->setWordWrap(true);
    m_guardians->setStyleSheet(QStringLiteral("color: #444;"));
    m_leftNotice->setWordWrap(true);
    m_leftNotice->setStyleSheet(
        QStringLiteral("background: #eef2f6; border-left: 4px solid #1f4e8c; padding: 4px 6px;"));
    m_leftNotice->hide();
    m_strengths->setWordWrap(true);
    m_strengths->setStyleSheet(
        QStringLiteral("background: #eef6ee; border-left: 4px solid #4c9a5b; padding: 6px;"));
    m_strengths->setTextFormat(Qt::RichText);
    m_restrictedNote->setStyleSheet(QStringLiteral("color: #7a5b00;"));
}

void DossierView::createButtons()
{
    for (const char* name : buttonNames) {
        auto* button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        m_buttons.append(button);
    }
    // Back by Alt+Left or Backspace in every language; the text's mnemonic is a third way.
    addButtonShortcut(m_buttons[Back], QKeySequence(Qt::ALT | Qt::Key_Left));
    addButtonShortcut(m_buttons[Back], QKeySequence(Qt::Key_Backspace));
    addButtonShortcut(m_buttons[NewNeed], QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_buttons[Back], &QPushButton::clicked, this, &DossierView::backRequested);
    connect(m_buttons[NewObservation], &QPushButton::clicked, this,
            [this] { emit newObservationRequested(m_childId); });
    connect(m_buttons[NewNeed], &QPushButton::clicked, this,
            [this] { runStep(static_cast<int>(NeedStepDialog::Step::Create)); });
    connect(m_buttons[Status], &QPushButton::clicked, this,
            [this] { runStep(static_cast<int>(NeedStepDialog::Step::Status)); });
    connect(m_buttons[Parents], &QPushButton::clicked, this,
            [this] { runStep(static_cast<int>(NeedStepDialog::Step::ParentsInformed)); });
    connect(m_buttons[Review], &QPushButton::clicked, this,
            [this] { runStep(static_cast<int>(NeedStepDialog::Step::ReviewDate)); });
    connect(m_buttons[Level], &QPushButton::clicked, this,
            [this] { runStep(static_cast<int>(NeedStepDialog::Step::Level)); });
    connect(m_buttons[Close], &QPushButton::clicked, this,
            [this] { runStep(static_cast<int>(NeedStepDialog::Step::Close)); });
    connect(m_buttons[Refer], &QPushButton::clicked, this, &DossierView::refer);
    connect(m_buttons[UpdateReferral], &QPushButton::clicked, this, &DossierView::updateReferral);
    connect(m_buttons[FromObservation], &QPushButton::clicked, this, &DossierView::makeNeedFromObservation);
    connect(m_buttons[Edit], &QPushButton::clicked, this, &DossierView::editObservation);
    connect(m_buttons[Inzage], &QPushButton::clicked, this, &DossierView::accessRequest);
    connect(m_buttons[HandOver], &QPushButton::clicked, this, &DossierView::handOver);
    connect(m_buttons[Case], &QPushButton::clicked, this, &DossierView::caseForIntervisie);
    // Answering an access request is the location manager's; core refuses others as well.
    m_buttons[Inzage]->setVisible(m_session.actor.hasRole(Role::Manager));
    m_print->setObjectName(QStringLiteral("print"));
    // An action of the view, not the button's own shortcut: a button's text replaces its shortcut.
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);
    connect(m_printAction, &QAction::triggered, this, &DossierView::printSummary);
    connect(m_print, &QPushButton::clicked, m_printAction, &QAction::trigger);
}

void DossierView::createTables()
{
    m_needs->setColumnCount(6);
    m_needs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_needs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_needs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_needs->verticalHeader()->hide();
    m_needs->horizontalHeader()->setStretchLastSection(true);
    m_needs->setTabKeyNavigation(false);
    connect(m_needs, &QTableWidget::itemSelectionChanged, this, &DossierView::updateButtons);

    m_timeline->setColumnCount(4);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setStretchLastSection(true);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, &DossierView::updateButtons);
    m_domainFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_domainFilter, &QComboBox::currentIndexChanged, this, &DossierView::fillTimeline);
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &DossierView::fillTimeline);
}

void DossierView::layOut()
{
    auto* top = new QHBoxLayout;
    top->addWidget(m_buttons[Back]);
    top->addWidget(m_header, 1);
    top->addWidget(m_childMenu);
    top->addWidget(m_print);
    top->addWidget(m_buttons[Inzage]);
    top->addWidget(m_buttons[HandOver]);
    top->addWidget(m_buttons[NewObservation]);
    top->addWidget(m_buttons[NewNeed]);

    auto* needButtons = new QHBoxLayout;
    for (Button b : {Status, Parents, Review, Level, Refer, UpdateReferral, Close})
        needButtons->addWidget(m_buttons[b]);
    needButtons->addStretch();
    needButtons->addWidget(m_buttons[Case]);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_timelineTitle);
    filters->addStretch();
    filters->addWidget(m_domainFilter);
    filters->addWidget(m_periodFilter);
    filters->addWidget(m_buttons[FromObservation]);
    filters->addWidget(m_buttons[Edit]);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_strengthsTitle);
    upperLayout->addWidget(m_strengths);
    upperLayout->addWidget(m_needsTitle);
    upperLayout->addWidget(m_needs);
    upperLayout->addLayout(needButtons);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(filters);
    lowerLayout->addWidget(m_restrictedNote);
    lowerLayout->addWidget(m_timeline);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    // Talking with the parents sits beside who they are and which language they speak.
    auto* parents = new QHBoxLayout;
    parents->addWidget(m_guardians, 1);
    parents->addWidget(m_parentsMenu);
    layout->addLayout(parents);
    layout->addWidget(m_leftNotice);
    layout->addWidget(splitter, 1);
}

DossierView::~DossierView() = default;

QPushButton* DossierView::stepButton(const QString& name) const
{
    return findChild<QPushButton*>(name);
}

void DossierView::showChild(qint64 childId, qint64 focusObservationId)
{
    m_childId = childId;
    m_domainFilter->setCurrentIndex(0);
    m_periodFilter->setCurrentIndex(0);
    reload();
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        if (focusObservationId &&
            m_timeline->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == focusObservationId) {
            m_timeline->setCurrentItem(m_timeline->topLevelItem(i));
            m_timeline->scrollToItem(m_timeline->topLevelItem(i));
            m_timeline->setFocus();
        }
    }
}

void DossierView::reload()
{
    if (m_childId <= 0)
        return;
    m_stale = false;
    // Called from the event loop and from the change notifier: a file that cannot be read says so
    // and is logged, it never throws past here.
    try {
        m_dossier = std::make_unique<Dossier>(m_session.db, m_session.actor, m_childId);
        fillHeader();
        const QList<DevelopmentDomain> domains = DomainStore(m_session.db).all();
        fillStrengths();
        fillNeeds(domains);
        fillDomainFilter(domains);
        fillTimeline();
        updateButtons();
    } catch (const Error& e) {
        qCWarning(kzGui).noquote() << "A dossier could not be read -" << e.detail();
        emit failed(e.userMessage());
    }
}

void DossierView::followChanges(const QList<Change>& changes)
{
    if (m_childId <= 0 || m_acting)
        return; // the dossier's own actions reload it once they are done
    const bool concernsThisFile = std::any_of(changes.begin(), changes.end(), [this](const Change& c) {
        return c.childId == m_childId || c.subject == Change::Subject::Partner ||
               c.subject == Change::Subject::Organisation;
    });
    if (!concernsThisFile)
        return;
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void DossierView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DossierView::fillDomainFilter(const QList<DevelopmentDomain>& domains)
{
    const QVariant domain = m_domainFilter->currentData();
    {
        const QSignalBlocker blocker(m_domainFilter);
        m_domainFilter->clear();
        m_domainFilter->addItem(tr("All domains"), QVariant());
        for (const DevelopmentDomain& d : domains)
            m_domainFilter->addItem(domainLabel(domains, d.id), d.id);
        m_domainFilter->setCurrentIndex(std::max(0, m_domainFilter->findData(domain)));
    }
}

std::optional<SupportNeed> DossierView::selectedNeed() const
{
    if (!m_dossier || m_needs->selectedItems().isEmpty())
        return std::nullopt;
    const qint64 id = m_needs->selectedItems().first()->data(Qt::UserRole).toLongLong();
    for (const SupportNeed& n : m_dossier->needs())
        if (n.id == id)
            return n;
    return std::nullopt;
}

void DossierView::selectNeed(qint64 needId)
{
    for (int row = 0; row < m_needs->rowCount(); ++row)
        if (m_needs->item(row, 0)->data(Qt::UserRole).toLongLong() == needId)
            m_needs->selectRow(row);
}

void DossierView::updateButtons()
{
    const bool need = selectedNeed().has_value();
    for (Button b : {Status, Parents, Review, Level, Refer, Close})
        m_buttons[b]->setEnabled(need);
    m_buttons[UpdateReferral]->setEnabled(need && !m_dossier->referralsOf(selectedNeed()->id).isEmpty());
    const QTreeWidgetItem* item = m_timeline->currentItem();
    const bool observation = item && item->data(0, Qt::UserRole).toLongLong() > 0;
    m_buttons[FromObservation]->setEnabled(observation && item->data(1, Qt::UserRole).toLongLong() == 0);
    m_buttons[Edit]->setEnabled(observation);
}

void DossierView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
