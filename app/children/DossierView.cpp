#include "DossierView.h"

#include "Clock.h"
#include "Error.h"
#include "NeedStepDialog.h"
#include "ObservationDialog.h"
#include "ReferralDialog.h"
#include "domain/Age.h"
#include "domain/Labels.h"
#include "services/Dossier.h"
#include "shell/HeaderToolTips.h"
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

namespace kz {

namespace {

enum Button
{
    Back,
    NewObservation,
    NewNeed,
    Status,
    Parents,
    Review,
    Level,
    Refer,
    UpdateReferral,
    Close,
    FromObservation,
    Edit,
    Inzage,
    HandOver
};
const char* const buttonNames[] = {"back",   "observation", "need",     "status", "parents",         "review",
                                   "level",  "refer",       "referral", "close",  "fromObservation", "edit",
                                   "inzage", "handover"};

QString domainLabel(const QList<DevelopmentDomain>& domains, qint64 id)
{
    for (const DevelopmentDomain& d : domains)
        if (d.id == id)
            return Labels::domain(d);
    return {};
}

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
    createChildMenu();
    m_strengths->setWordWrap(true);
    m_strengths->setStyleSheet(
        QStringLiteral("background: #eef6ee; border-left: 4px solid #4c9a5b; padding: 6px;"));
    m_strengths->setTextFormat(Qt::RichText);
    m_restrictedNote->setStyleSheet(QStringLiteral("color: #7a5b00;"));

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
    // Answering an access request is the location manager's; core refuses others as well.
    m_buttons[Inzage]->setVisible(session.actor.hasRole(Role::Manager));
    m_print->setObjectName(QStringLiteral("print"));
    // An action of the view, not the button's own shortcut: a button's text replaces its shortcut.
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);
    connect(m_printAction, &QAction::triggered, this, &DossierView::printSummary);
    connect(m_print, &QPushButton::clicked, m_printAction, &QAction::trigger);

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
    layout->addWidget(m_guardians);
    layout->addWidget(m_leftNotice);
    layout->addWidget(splitter, 1);
    retranslate();
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
    try {
        m_dossier = std::make_unique<Dossier>(m_session.db, m_session.actor, m_childId);
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return;
    }
    fillHeader();
    const QLocale locale;

    const QList<DevelopmentDomain> domains = DomainStore(m_session.db).all();
    // Strengths first: what works for open needs, and the latest notes of what goes well.
    QStringList strengths;
    for (const SupportNeed& n : m_dossier->needs())
        if (n.status != NeedStatus::Closed && !n.strengths.trimmed().isEmpty())
            strengths.append(n.strengths.toHtmlEscaped());
    int shown = 0;
    for (const TimelineEntry& e : m_dossier->timeline())
        if (e.kind == TimelineEntry::Kind::Observation && e.observationKind == ObservationKind::Strength &&
            !e.hidden && shown++ < 3)
            strengths.append(QStringLiteral("%1 <span style='color:#666'>(%2)</span>")
                                 .arg(e.text.left(200).toHtmlEscaped(),
                                      locale.toString(e.at.toLocalTime().date(), QLocale::ShortFormat)));
    m_strengths->setText(strengths.isEmpty()
                             ? tr("Nothing noted yet: what goes well with this child?")
                             : QStringLiteral("• ") + strengths.join(QStringLiteral("<br>• ")));

    const qint64 selected = selectedNeed() ? selectedNeed()->id : 0;
    m_needs->setRowCount(0);
    const QDate today = Clock::today();
    for (const SupportNeed& n : m_dossier->needs()) {
        if (n.status == NeedStatus::Closed)
            continue;
        const int row = m_needs->rowCount();
        m_needs->insertRow(row);
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, n.id);
            m_needs->setItem(row, column, item);
            return item;
        };
        set(0, domainLabel(domains, n.domainId));
        QTableWidgetItem* level = set(1, Labels::level(n.level));
        level->setBackground(n.level == 3   ? QColor(0xf6c4c0)
                             : n.level == 2 ? QColor(0xfde3b0)
                                            : QColor(0xdbe9f6));
        level->setForeground(QColor(0x1f1f1f));
        set(2, Labels::needStatus(n.status));
        QTableWidgetItem* review =
            set(3, n.reviewDate ? locale.toString(*n.reviewDate, QLocale::ShortFormat) : tr("not set"));
        if (n.reviewDate && *n.reviewDate < today) {
            review->setText(tr("%1 (overdue)").arg(review->text()));
            review->setForeground(QColor(0xb3261e));
        }
        set(4, n.parentsInformedOn
                   ? tr("yes, %1").arg(locale.toString(*n.parentsInformedOn, QLocale::ShortFormat))
                   : tr("not yet"));
        QStringList referrals;
        for (const Referral& r : m_dossier->referralsOf(n.id)) {
            if (r.status == ReferralStatus::Registered || r.status == ReferralStatus::Waiting)
                referrals.append(
                    tr("%1: waiting %n day(s)", nullptr, r.daysWaiting(today)).arg(r.partnerName));
            else if (r.status == ReferralStatus::Started)
                referrals.append(tr("%1: help started").arg(r.partnerName));
        }
        set(5, referrals.join(QStringLiteral("; ")));
        m_needs->item(row, 0)->setToolTip(n.description);
    }
    fitColumns(m_needs);
    if (selected)
        selectNeed(selected);
    else if (m_needs->rowCount() > 0)
        m_needs->selectRow(0);

    const QVariant domain = m_domainFilter->currentData();
    {
        const QSignalBlocker blocker(m_domainFilter);
        m_domainFilter->clear();
        m_domainFilter->addItem(tr("All domains"), QVariant());
        for (const DevelopmentDomain& d : domains)
            m_domainFilter->addItem(domainLabel(domains, d.id), d.id);
        m_domainFilter->setCurrentIndex(std::max(0, m_domainFilter->findData(domain)));
    }
    fillTimeline();
    updateButtons();
}

void DossierView::fillTimeline()
{
    if (!m_dossier)
        return;
    TimelineFilter filter;
    if (m_domainFilter->currentData().isValid())
        filter.domainId = m_domainFilter->currentData().toLongLong();
    const int months = m_periodFilter->currentData().toInt();
    if (months > 0)
        filter.from = Clock::today().addMonths(-months);
    const QList<DevelopmentDomain> domains = DomainStore(m_session.db).all();
    const QLocale locale;
    m_timeline->clear();
    for (const TimelineEntry& e : m_dossier->timeline(filter)) {
        QStringList domainNames;
        for (qint64 id : e.domainIds)
            domainNames.append(domainLabel(domains, id));
        QString text = e.text;
        if (e.hidden)
            text = tr("Restricted note: only its author and the location manager can read it.");
        else if (e.revision > 1)
            text += QStringLiteral("  ") + tr("(changed, version %1)").arg(e.revision);
        auto* item =
            new QTreeWidgetItem(m_timeline, {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                             domainNames.join(QStringLiteral(", ")), e.author, text});
        item->setData(0, Qt::UserRole, e.observationId);
        item->setData(1, Qt::UserRole, e.needId);
        item->setToolTip(3, text);
        if (e.revision > 1 && !e.hidden) {
            // The earlier versions stay readable, marked as such.
            QStringList earlier;
            try {
                for (const ObservationRevision& r :
                     ObservationStore(m_session.db).revisions(m_session.actor, e.observationId))
                    earlier.append(tr("Version %1, replaced %2 by %3:\n%4")
                                       .arg(r.revision)
                                       .arg(locale.toString(r.replacedAt.toLocalTime(), QLocale::ShortFormat),
                                            r.replacedByName, r.body.left(500)));
            } catch (const Error& error) {
                emit failed(error.userMessage());
            }
            item->setToolTip(3, text + QStringLiteral("\n\n") + earlier.join(QStringLiteral("\n\n")));
        }
        if (e.kind != TimelineEntry::Kind::Observation) {
            QFont f = item->font(3);
            f.setItalic(true);
            item->setFont(3, f);
            item->setForeground(3, QColor(0x2f6f62));
        } else if (e.observationKind == ObservationKind::Strength) {
            item->setIcon(3, QIcon());
            item->setBackground(3, QColor(0xeef6ee));
        }
        if (e.hidden)
            item->setForeground(3, QColor(0x7a5b00));
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->resizeColumnToContents(2);
    const int hidden = m_dossier->restrictedHiddenCount();
    m_restrictedNote->setVisible(hidden > 0);
    m_restrictedNote->setText(tr("%n restricted note(s) you cannot read.", nullptr, hidden));
    updateButtons();
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
                               tr("Ha&ndover to school...")};
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setText(texts[i]);
    m_buttons[Back]->setToolTip(tr("Back to the list (Alt+Left or Backspace)"));
    m_buttons[NewObservation]->setToolTip(tr("Ctrl+N"));
    m_buttons[NewNeed]->setToolTip(tr("Ctrl+Shift+N"));
    m_buttons[HandOver]->setToolTip(tr("The handover to the primary school, with the parents' consent"));
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

void DossierView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
