#include "GroupNeedsView.h"

#include "AttentionLists.h"
#include "Clock.h"
#include "Error.h"
#include "GroupNeedsLoader.h"
#include "HeatCellDelegate.h"
#include "HeatMapHeader.h"
#include "HeatMapTable.h"
#include "TrendChartWidget.h"
#include "documents/GroupReport.h"
#include "domain/Labels.h"
#include "print/PrintPreview.h"
#include "services/GroupNeeds.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/DomainStore.h"
#include "store/HandoverRules.h"
#include "store/OrganisationStore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

QString domainName(const DevelopmentDomain& d)
{
    return Labels::domain(d);
}

} // namespace

GroupNeedsView::GroupNeedsView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_loader(new GroupNeedsLoader(session.db, session.actor, this)),
      m_title(new QLabel(this)), m_location(new QComboBox(this)), m_domain(new QComboBox(this)),
      m_period(new QComboBox(this)), m_report(new QPushButton(this)), m_heatMap(new QTableWidget(this)),
      m_groups(new QTableWidget(this)), m_attention(new AttentionLists(session, this)),
      m_trend(new TrendChartWidget(this)), m_heatTitle(new QLabel(this)), m_trendTitle(new QLabel(this)),
      m_print(new QPushButton(this)), m_legend(new QLabel(this)), m_empty(new QLabel(this)),
      m_counting(new QLabel(this))
{
    styleWidgets();
    setUpPrinting();
    connectSignals();
    layOut();
    retranslate();
    if (loading == Loading::Now)
        reload();
}

GroupNeedsView::~GroupNeedsView() = default;

QTabWidget* GroupNeedsView::attention() const
{
    return m_attention;
}

void GroupNeedsView::styleWidgets()
{
    styleAsTitle(m_title);
    for (QLabel* label : {m_heatTitle, m_trendTitle}) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    m_trendTitle->setBuddy(m_trend); // the title names the chart for a screen reader
    for (QTableWidget* table : {m_heatMap, m_groups}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->verticalHeader()->hide();
        table->setTabKeyNavigation(false);
    }
    m_heatMap->setHorizontalHeader(new HeatMapHeader(m_heatMap));
    m_heatMap->setItemDelegate(new HeatCellDelegate(m_heatMap));
    m_legend->setObjectName(QStringLiteral("heatLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("background: #eef2f6; border-left: 4px solid #1f4e8c; padding: 6px;"));
    m_empty->hide();
    m_counting->setObjectName(QStringLiteral("countingState"));
    m_counting->setStyleSheet(m_empty->styleSheet());
    m_counting->hide();
    // Domain names are long: two lines in the header rather than cut off.
    m_heatMap->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_heatMap->horizontalHeader()->setMinimumHeight(2 * m_heatMap->fontMetrics().height() + 10);
    m_heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_groups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void GroupNeedsView::setUpPrinting()
{
    m_print->setObjectName(QStringLiteral("print"));
    // An action of the view, not the button's own shortcut: a button's text replaces its shortcut.
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);
    connect(m_printAction, &QAction::triggered, this, &GroupNeedsView::printReport);
    connect(m_print, &QPushButton::clicked, m_printAction, &QAction::trigger);
}

void GroupNeedsView::connectSignals()
{
    connect(m_attention, &AttentionLists::openChild, this, &GroupNeedsView::openChild);
    connect(m_attention, &AttentionLists::failed, this, &GroupNeedsView::failed);
    connect(m_loader, &GroupNeedsLoader::loaded, this, &GroupNeedsView::showFigures);
    connect(m_loader, &GroupNeedsLoader::failed, this, [this](const QString& message) {
        setCounting(false);
        emit failed(message);
    });
    connect(m_heatMap, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (row < 0 || !m_heatMap->item(row, column))
            return;
        emit openChildren(m_heatMap->item(row, column)->data(Qt::UserRole).toLongLong(),
                          m_heatMap->item(row, column)->data(Qt::UserRole + 1).toLongLong());
    });
    connect(m_heatMap, &QTableWidget::cellDoubleClicked, m_heatMap, &QTableWidget::cellActivated);
    connect(m_location, &QComboBox::currentIndexChanged, this, &GroupNeedsView::reload);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &GroupNeedsView::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &GroupNeedsView::reload);
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the report"), tr("group-needs-%1.pdf").arg(Clock::today().toString(Qt::ISODate)),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportReport(path);
    });
}

// Filters on top; the heat map above the groups, the attention lists and the trend, in a splitter.
void GroupNeedsView::layOut()
{
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_title);
    filters->addStretch();
    filters->addWidget(m_location);
    filters->addWidget(m_domain);
    filters->addWidget(m_period);
    filters->addWidget(m_report);
    filters->addWidget(m_print);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_heatTitle);
    topLayout->addWidget(m_heatMap);
    topLayout->addWidget(m_legend);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QGridLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_groups, 0, 0);
    bottomLayout->addWidget(m_attention, 0, 1);
    bottomLayout->addWidget(m_trendTitle, 1, 0, 1, 2);
    bottomLayout->addWidget(m_trend, 2, 0, 1, 2);
    bottomLayout->setColumnStretch(0, 2);
    bottomLayout->setColumnStretch(1, 3);
    bottomLayout->setRowStretch(0, 3);
    bottomLayout->setRowStretch(2, 2);
    // The heat map first: as tall as its groups need (up to eight, then it scrolls, so a laptop
    // keeps room below); the lists and the trend chart share what is left, the chart the least.
    m_heatMap->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_heatMap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_heatMap->setMaximumHeight(m_heatMap->horizontalHeader()->minimumHeight() +
                                8 * m_heatMap->verticalHeader()->defaultSectionSize() +
                                2 * m_heatMap->frameWidth() + 2);
    m_trend->setMinimumHeight(110);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_counting);
    layout->addWidget(splitter, 1);
}

void GroupNeedsView::fillFilters()
{
    const QSignalBlocker a(m_location);
    const QSignalBlocker b(m_domain);
    const QSignalBlocker c(m_period);
    const QVariant location = m_location->currentData();
    const QVariant domain = m_domain->currentData();
    const QVariant period = m_period->currentData();
    m_location->clear();
    m_location->addItem(tr("All my locations"), QVariant());
    try {
        for (const Location& l : OrganisationStore(m_session.db).locations(m_session.actor))
            m_location->addItem(l.name, l.id);
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    m_domain->clear();
    m_domain->addItem(tr("All domains"), QVariant());
    for (const DevelopmentDomain& d : DomainStore(m_session.db).all())
        m_domain->addItem(domainName(d), d.id);
    m_period->clear();
    m_period->addItem(tr("Trend: 6 months"), 6);
    m_period->addItem(tr("Trend: 12 months"), 12);
    m_period->addItem(tr("Trend: 24 months"), 24);
    m_location->setCurrentIndex(std::max(0, m_location->findData(location)));
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(domain)));
    m_period->setCurrentIndex(std::max(0, m_period->findData(period.isValid() ? period : QVariant(12))));
}

void GroupNeedsView::reload()
{
    if (m_location->count() == 0) // the first load
        fillFilters();
    GroupNeedsFilter filter;
    if (m_location->currentData().isValid())
        filter.locationId = m_location->currentData().toLongLong();
    if (m_domain->currentData().isValid())
        filter.domainId = m_domain->currentData().toLongLong();
    filter.trendMonths = m_period->currentData().toInt();
    filter.attentionRows = 0;    // the counts: each list reads its rows when its tab is shown
    if (!m_loader->load(filter)) // still counting: the window stays usable meanwhile
        setCounting(true);
}

bool GroupNeedsView::isCounting() const
{
    return m_loader->isLoading();
}

qint64 GroupNeedsView::backgroundStatements() const
{
    return m_loader->statementsExecuted();
}

void GroupNeedsView::setCounting(bool counting)
{
    m_counting->setVisible(counting);
    m_report->setEnabled(!counting); // a report of the figures the filters show, not older ones
    m_printAction->setEnabled(!counting);
    m_print->setEnabled(!counting);
}

void GroupNeedsView::showFigures(std::shared_ptr<const GroupNeeds> figures, const GroupNeedsFilter& filter)
{
    setCounting(false);
    m_figures = std::move(figures);
    m_filter = filter;
    m_empty->setVisible(m_figures->groups().isEmpty());
    fillHeatMap();
    fillGroups();
    m_attention->setFigures(filter, *m_figures);
    m_trend->setMonths(TrendChart::monthsFrom(m_figures->trend(), filter.today, filter.trendMonths));
}

void GroupNeedsView::fillHeatMap()
{
    QList<DevelopmentDomain> domains = DomainStore(m_session.db).all();
    if (m_domain->currentData().isValid())
        domains.removeIf(
            [this](const DevelopmentDomain& d) { return d.id != m_domain->currentData().toLongLong(); });
    HeatMapTable::fill(m_heatMap, domains, m_figures->groups());
}

void GroupNeedsView::fillGroups()
{
    const QLocale locale;
    m_groups->clear();
    m_groups->setColumnCount(5);
    m_groups->setHorizontalHeaderLabels(
        {tr("Group"), tr("Children"), tr("Capacity"), tr("Level 2 or higher"), tr("Level 3")});
    const QStringList tips = {
        tr("The group"), tr("Children in the group now"), tr("Places in the group"),
        tr("Children with an open need of level 2 or higher, and their share of the group"),
        tr("Children with a need at level 3 (specialised support)")};
    for (int column = 0; column < tips.size(); ++column)
        m_groups->horizontalHeaderItem(column)->setToolTip(tips[column]);
    m_groups->setRowCount(static_cast<int>(m_figures->groups().size()));
    for (int row = 0; row < m_figures->groups().size(); ++row) {
        const GroupFigures& g = m_figures->groups().at(row);
        const QStringList cells = {
            g.groupName, locale.toString(g.children), locale.toString(g.capacity),
            tr("%1 (%2)").arg(locale.toString(g.childrenLevel2Plus),
                              locale.toString(100.0 * g.shareLevel2Plus(), 'f', 0) + QLatin1Char('%')),
            locale.toString(g.escalations)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_groups->setItem(row, column, item);
        }
        if (g.escalations > 0)
            m_groups->item(row, 4)->setBackground(QColor(0xf6c4c0));
    }
}

bool GroupNeedsView::exportReport(const QString& path)
{
    if (!m_figures)
        return false;
    try {
        GroupReport(*m_figures, DomainStore(m_session.db).all(), tr("Support needs per group"),
                    Clock::today())
            .writePdf(path);
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

bool GroupNeedsView::printReport()
{
    if (!m_figures)
        return false;
    try {
        const GroupReport report(*m_figures, DomainStore(m_session.db).all(), tr("Support needs per group"),
                                 Clock::today());
        if (PrintPreview::show(report.paged(), tr("Support needs per group"), this))
            GroupReport::recordPrinted(m_session.db, m_session.actor, tr("Support needs per group"));
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

void GroupNeedsView::retranslate()
{
    m_title->setText(tr("Group needs"));
    m_attention->retranslate();
    m_heatTitle->setText(tr(
        "Children with an open need of level 2 or higher, per group and domain (double-click to see them)"));
    m_trendTitle->setText(tr("Needs opened and closed per month"));
    m_report->setText(tr("&Report (PDF)..."));
    m_print->setText(tr("Print..."));
    m_printAction->setText(tr("Print the report"));
    m_print->setToolTip(tr("Print the report, after a preview (%1)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_legend->setText(HeatCellDelegate::legend());
    m_empty->setText(
        tr("There are no groups for you here. Group needs show the children of the "
           "locations you manage or the groups you work in; an administrator without a location of "
           "her own sees none. Ask the administrator to link your account to a location or group."));
    m_counting->setText(tr("Counting the figures of every group you may see..."));
    m_location->setAccessibleName(tr("Location"));
    m_domain->setAccessibleName(tr("Domain"));
    m_period->setAccessibleName(tr("Period"));
    m_groups->setAccessibleName(tr("Groups"));
    m_heatMap->setAccessibleName(tr("Children with an open need of level 2 or higher, per group and domain"));
}

void GroupNeedsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_figures) { // not loaded yet: the first load fills everything in the new language
            fillFilters();
            reload();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace kz
