#include "GroupNeedsView.h"

#include "Clock.h"
#include "Error.h"
#include "HeatCellDelegate.h"
#include "TrendChartWidget.h"
#include "documents/GroupReport.h"
#include "domain/Labels.h"
#include "print/PrintPreview.h"
#include "services/GroupNeeds.h"
#include "services/HandoverRules.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/DomainStore.h"
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
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

constexpr int attentionLists = 5;
constexpr int attentionPage = 100; // rows read at once; a location manager reads the first ones

QString domainName(const DevelopmentDomain& d)
{
    return Labels::domain(d);
}

} // namespace

GroupNeedsView::GroupNeedsView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_location(new QComboBox(this)),
      m_domain(new QComboBox(this)), m_period(new QComboBox(this)), m_report(new QPushButton(this)),
      m_heatMap(new QTableWidget(this)), m_groups(new QTableWidget(this)), m_attention(new QTabWidget(this)),
      m_trend(new TrendChartWidget(this)), m_heatTitle(new QLabel(this)), m_trendTitle(new QLabel(this)),
      m_print(new QPushButton(this)), m_legend(new QLabel(this)), m_empty(new QLabel(this))
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
    m_heatMap->setItemDelegate(new HeatCellDelegate(m_heatMap));
    m_legend->setObjectName(QStringLiteral("heatLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("background: #eef2f6; border-left: 4px solid #1f4e8c; padding: 6px;"));
    m_empty->hide();
    m_print->setObjectName(QStringLiteral("print"));
    // An action of the view, not the button's own shortcut: a button's text replaces its shortcut.
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);
    connect(m_printAction, &QAction::triggered, this, &GroupNeedsView::printReport);
    connect(m_print, &QPushButton::clicked, m_printAction, &QAction::trigger);
    // Domain names are long: two lines in the header rather than cut off.
    m_heatMap->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_heatMap->horizontalHeader()->setMinimumHeight(2 * m_heatMap->fontMetrics().height() + 10);
    m_heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_groups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < attentionLists; ++i) {
        auto* list = new QTreeWidget(m_attention);
        list->setRootIsDecorated(false);
        list->setColumnCount(4);
        list->setAlternatingRowColors(true);
        m_attention->addTab(list, QString());
        connect(list, &QTreeWidget::itemActivated, this, [this, i](QTreeWidgetItem* item) {
            if (const qint64 child = item->data(0, Qt::UserRole).toLongLong())
                emit openChild(child);
            else
                showMoreAttention(i); // the last row: "show more"
        });
    }
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
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    retranslate();
    if (loading == Loading::Now)
        reload();
}

GroupNeedsView::~GroupNeedsView() = default;

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
    filter.attentionRows = attentionPage;
    m_filter = filter;
    try {
        m_figures = std::make_unique<GroupNeeds>(m_session.db, m_session.actor, filter);
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return;
    }
    m_empty->setVisible(m_figures->groups().isEmpty());
    fillHeatMap();
    fillGroups();
    fillAttention();
    m_trend->setMonths(TrendChart::monthsFrom(m_figures->trend(), filter.today, filter.trendMonths));
}

void GroupNeedsView::fillHeatMap()
{
    QList<DevelopmentDomain> domains = DomainStore(m_session.db).all();
    if (m_domain->currentData().isValid())
        domains.removeIf(
            [this](const DevelopmentDomain& d) { return d.id != m_domain->currentData().toLongLong(); });
    const QLocale locale;
    m_heatMap->clear();
    m_heatMap->setRowCount(static_cast<int>(m_figures->groups().size()));
    m_heatMap->setColumnCount(static_cast<int>(domains.size()) + 1);
    QStringList headers = {tr("Group")};
    for (const DevelopmentDomain& d : domains)
        headers.append(domainName(d));
    m_heatMap->setHorizontalHeaderLabels(headers);
    m_heatMap->horizontalHeaderItem(0)->setToolTip(tr("The group; point at a name to see its location"));
    for (int column = 0; column < domains.size(); ++column)
        m_heatMap->horizontalHeaderItem(column + 1)
            ->setToolTip(
                tr("%1: children with an open need of level 2 or higher in this domain. The colour is "
                   "their share of the group.")
                    .arg(domainName(domains.at(column))));
    m_heatMap->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int row = 0; row < m_figures->groups().size(); ++row) {
        const GroupFigures& g = m_figures->groups().at(row);
        auto* name = new QTableWidgetItem(g.groupName);
        name->setToolTip(g.locationName);
        m_heatMap->setItem(row, 0, name);
        for (int column = 0; column < domains.size(); ++column) {
            const int count = g.perDomain.value(domains.at(column).id);
            const double share = g.children > 0 ? double(count) / g.children : 0.0;
            auto* cell = new QTableWidgetItem(count > 0 ? locale.toString(count) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setBackground(HeatCellDelegate::colourFor(share));
            cell->setForeground(QColor(0x1f1f1f));
            cell->setData(Qt::UserRole, g.groupId);
            cell->setData(Qt::UserRole + 1, domains.at(column).id);
            cell->setToolTip(tr("%1 of %2 children in %3 have an open need of level 2 or higher in %4 (%5)")
                                 .arg(locale.toString(count), locale.toString(g.children), g.groupName,
                                      domainName(domains.at(column)),
                                      locale.toString(100.0 * share, 'f', 0) + QLatin1Char('%')));
            // The colour shows the share; a screen reader hears it.
            cell->setData(Qt::AccessibleTextRole, cell->toolTip());
            m_heatMap->setItem(row, column + 1, cell);
        }
    }
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

QTreeWidget* GroupNeedsView::attentionList(int index) const
{
    return qobject_cast<QTreeWidget*>(m_attention->widget(index));
}

// Headers and their tooltips, also before the first load (a workspace reads its data when first shown).
void GroupNeedsView::labelAttention()
{
    const QStringList dayHeaders = {tr("Days overdue"), tr("Days since the signal"), tr("Days waiting"),
                                    tr("Days since the signal"), tr("Days until four")};
    const QStringList dayTips = {tr("Days since the review date passed"),
                                 tr("Days since the need was signalled, without the parents informed"),
                                 tr("Days since the referral, still waiting"),
                                 tr("Days since the need was signalled"),
                                 tr("Days until the child turns four")};
    for (int i = 0; i < attentionLists; ++i) {
        QTreeWidget* list = attentionList(i);
        list->setHeaderLabels({tr("Child"), tr("Group"), dayHeaders[i],
                               i == 2   ? tr("Partner")
                               : i == 4 ? tr("Handover")
                                        : tr("Domain")});
        const QStringList tips = {tr("Double-click a child to open the file"), tr("The child's group"),
                                  dayTips[i],
                                  i == 2   ? tr("The partner the child was referred to")
                                  : i == 4 ? tr("Where the handover to school stands")
                                           : tr("The development domain of the need")};
        for (int column = 0; column < tips.size(); ++column)
            list->headerItem()->setToolTip(column, tips[column]);
    }
}

void GroupNeedsView::fillAttention()
{
    const QLocale locale;
    const QStringList names = {tr("Reviews overdue"), tr("Parents not informed"), tr("Waiting for help"),
                               tr("Level 3"), tr("Turning four")};
    m_domains = DomainStore(m_session.db).all();
    labelAttention();
    for (int i = 0; i < attentionLists; ++i) {
        QTreeWidget* list = attentionList(i);
        list->clear();
        appendAttention(i, m_figures->attention(AttentionList(i)));
        for (int c = 0; c < 3; ++c)
            list->resizeColumnToContents(c);
        m_attention->setTabText(
            i, tr("%1 (%2)").arg(names[i], locale.toString(m_figures->attentionTotal(AttentionList(i)))));
        m_attention->widget(i)->setAccessibleName(names[i]);
    }
}

void GroupNeedsView::appendAttention(int index, const QList<AttentionItem>& items)
{
    const QLocale locale;
    QTreeWidget* list = attentionList(index);
    if (list->topLevelItemCount() > 0 &&
        !list->topLevelItem(list->topLevelItemCount() - 1)->data(0, Qt::UserRole).toLongLong())
        delete list->takeTopLevelItem(list->topLevelItemCount() - 1); // the old "show more" row
    for (const AttentionItem& item : items) {
        QString last = item.detail;
        if (index == 4) {
            last = item.detail == QLatin1String("sent")
                       ? tr("sent to school")
                       : Labels::consentState(
                             consentStateFromCode(item.detail).value_or(ConsentState::NotRequested));
        } else if (index != 2) {
            last.clear();
            for (const DevelopmentDomain& d : m_domains)
                if (d.id == item.domainId)
                    last = domainName(d);
        }
        auto* row =
            new QTreeWidgetItem(list, {item.childName, item.groupName, locale.toString(item.days), last});
        row->setData(0, Qt::UserRole, item.childId);
        row->setTextAlignment(2, Qt::AlignRight);
    }
    const int remaining = m_figures->attentionTotal(AttentionList(index)) - list->topLevelItemCount();
    if (remaining > 0) {
        auto* more =
            new QTreeWidgetItem(list, {tr("Show %n more...", nullptr, std::min(remaining, attentionPage))});
        more->setToolTip(
            0, tr("%n more in this list; press Enter or double-click to show them", nullptr, remaining));
        QFont font = more->font(0);
        font.setItalic(true);
        more->setFont(0, font);
        more->setData(0, Qt::UserRole, 0);
    }
}

void GroupNeedsView::showMoreAttention(int index)
{
    if (!m_figures)
        return;
    QTreeWidget* list = attentionList(index);
    const int shown = list->topLevelItemCount() - 1; // without the "show more" row
    try {
        appendAttention(index, GroupNeeds::attentionPage(m_session.db, m_session.actor, m_filter,
                                                         AttentionList(index), shown, attentionPage));
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return;
    }
    if (QTreeWidgetItem* next = list->topLevelItem(shown))
        list->setCurrentItem(next);
}

bool GroupNeedsView::exportReport(const QString& path)
{
    if (!m_figures)
        return false;
    try {
        // The report counts every child in the attention lists, not only the rows shown.
        GroupNeedsFilter everything = m_filter;
        everything.attentionRows = -1;
        GroupReport(GroupNeeds(m_session.db, m_session.actor, everything), DomainStore(m_session.db).all(),
                    tr("Support needs per group"), Clock::today())
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
        PrintPreview::show(report.paged(), tr("Support needs per group"), this);
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

void GroupNeedsView::retranslate()
{
    m_title->setText(tr("Group needs"));
    labelAttention();
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
