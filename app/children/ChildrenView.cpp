#include "ChildrenView.h"

#include "ChildActions.h"
#include "ChildListModel.h"
#include "Error.h"
#include "NeedBadgeDelegate.h"
#include "domain/Labels.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/OrganisationStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kz {

namespace {

enum Action
{
    Enrol,
    Edit,
    Move,
    Leave,
    Import
};
const char* const actionNames[] = {"enrol", "edit", "move", "leave", "import"};
// As wide as NeedBadgeDelegate asks for at most.
constexpr int badgeColumnWidth = 360;

} // namespace

ChildrenView::ChildrenView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_model(new ChildListModel(session, this)),
      m_title(new QLabel(this)), m_filter(new QLineEdit(this)), m_groups(new QComboBox(this)),
      m_domains(new QComboBox(this)), m_levels(new QComboBox(this)), m_includeLeft(new QCheckBox(this)),
      m_count(new QLabel(this)), m_empty(new QLabel(this)), m_table(new QTableView(this))
{
    styleAsTitle(m_title);

    m_filter->setClearButtonEnabled(true);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ChildListModel::OpenNeeds, new NeedBadgeDelegate(m_table));
    configureListTable(m_table);
    m_table->sortByColumn(ChildListModel::Name, Qt::AscendingOrder);

    // Long group and domain names must not squeeze the name filter on a laptop's 1280 pixels.
    m_filter->setMinimumWidth(220);
    for (QComboBox* box : {m_groups, m_domains, m_levels}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_levels ? 12 : 16);
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_groups, 1);
    filters->addWidget(m_domains, 1);
    filters->addWidget(m_levels, 1);
    filters->addWidget(m_includeLeft);
    filters->addStretch();
    filters->addWidget(m_count);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    for (const char* name : actionNames) {
        auto* button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setVisible(ChildActions::mayManageChildren(session));
        top->addWidget(button);
        m_actions.append(button);
    }
    addButtonShortcut(m_actions[Edit], QKeySequence(Qt::Key_F2));
    connect(m_actions[Enrol], &QPushButton::clicked, this, &ChildrenView::enrol);
    connect(m_actions[Edit], &QPushButton::clicked, this, &ChildrenView::editDetails);
    connect(m_actions[Move], &QPushButton::clicked, this, &ChildrenView::move);
    connect(m_actions[Leave], &QPushButton::clicked, this, &ChildrenView::leave);
    connect(m_actions[Import], &QPushButton::clicked, this, &ChildrenView::importChildren);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("background: #eef2f6; border-left: 4px solid #1f4e8c; padding: 6px;"));
    m_empty->hide();

    connect(m_filter, &QLineEdit::textChanged, this, &ChildrenView::applyFilter);
    m_filter->installEventFilter(this);
    connect(m_domains, &QComboBox::currentIndexChanged, this, &ChildrenView::applyFilter);
    connect(m_levels, &QComboBox::currentIndexChanged, this, &ChildrenView::applyFilter);
    connect(m_model, &ChildListModel::failed, this, &ChildrenView::failed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildrenView::updateCount);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const qint64 id = currentChildId())
            emit openChild(id);
    });
    connect(m_groups, &QComboBox::currentIndexChanged, this, &ChildrenView::applyFilter);
    connect(m_includeLeft, &QCheckBox::toggled, this, &ChildrenView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChildrenView::updateActions);
    setFocusProxy(m_filter);
    retranslate();
    if (loading == Loading::Now)
        reload();
}

void ChildrenView::showFiltered(qint64 groupId, qint64 domainId)
{
    if (m_groups->count() == 0) {
        fillGroups();
        fillDomains();
    }
    {
        // One query for the four filters, not one for each.
        const QSignalBlocker name(m_filter), group(m_groups), domain(m_domains), level(m_levels);
        m_filter->clear();
        m_groups->setCurrentIndex(std::max(0, m_groups->findData(groupId)));
        m_domains->setCurrentIndex(std::max(0, m_domains->findData(domainId)));
        m_levels->setCurrentIndex(std::max(0, m_levels->findData(2)));
    }
    applyFilter();
}

qint64 ChildrenView::currentChildId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ChildListModel::ChildIdRole).toLongLong() : 0;
}

qint64 ChildrenView::childForNewObservation() const
{
    if (const qint64 current = currentChildId())
        return current;
    // The filter left one child: that is the one meant.
    return m_model->rowCount() == 1
               ? m_model->index(0, ChildListModel::Name).data(ChildListModel::ChildIdRole).toLongLong()
               : 0;
}

bool ChildrenView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress || m_model->rowCount() == 0)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    // Down goes from the filter into the list; Enter on a single match chooses that child.
    const bool intoList = key == Qt::Key_Down || key == Qt::Key_PageDown ||
                          ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() == 1);
    if (!intoList)
        return QWidget::eventFilter(watched, event);
    if (!m_table->currentIndex().isValid() || key != Qt::Key_Down)
        m_table->setCurrentIndex(m_model->index(0, ChildListModel::Name));
    m_table->setFocus(Qt::TabFocusReason);
    return true;
}

void ChildrenView::fillDomains()
{
    const QSignalBlocker blocker(m_domains);
    const QVariant current = m_domains->currentData();
    m_domains->clear();
    m_domains->addItem(tr("Any domain"), QVariant());
    for (const DevelopmentDomain& d : DomainStore(m_session.db).all())
        m_domains->addItem(Labels::domain(d), d.id);
    m_domains->setCurrentIndex(std::max(0, m_domains->findData(current)));
}

void ChildrenView::fillGroups()
{
    const QSignalBlocker blocker(m_groups);
    const QVariant current = m_groups->currentData();
    m_groups->clear();
    m_groups->addItem(tr("All my groups"), QVariant());
    try {
        for (const Group& g : OrganisationStore(m_session.db).groups(m_session.actor))
            m_groups->addItem(g.name + QStringLiteral(" · ") + g.locationName, g.id);
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    const int index = m_groups->findData(current);
    m_groups->setCurrentIndex(index < 0 ? 0 : index);
}

void ChildrenView::reload()
{
    if (m_groups->count() == 0) { // the first load
        fillGroups();
        fillDomains();
    }
    const qint64 current = currentChildId();
    applyFilter();
    if (current)
        selectChild(current);
    updateActions();
}

void ChildrenView::applyFilter()
{
    ChildOverviewFilter filter;
    if (m_groups->currentData().isValid())
        filter.groupId = m_groups->currentData().toLongLong();
    filter.includeLeft = m_includeLeft->isChecked();
    filter.name = m_filter->text();
    if (m_domains->currentData().isValid())
        filter.domainId = m_domains->currentData().toLongLong();
    filter.minimumLevel = m_levels->currentData().toInt();
    try {
        m_model->reload(filter);
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    fitColumns(m_table,
               badgeColumnWidth); // the children now shown may need wider columns than the ones before
    updateCount();
    updateActions();
}

void ChildrenView::selectChild(qint64 childId)
{
    // The child may lie beyond the pages fetched so far; look a few pages further.
    constexpr int furthestRow = 20 * ChildListModel::PageSize;
    for (int row = 0; row < furthestRow; ++row) {
        if (row >= m_model->rowCount() && m_model->canFetchMore({}))
            m_model->fetchMore({});
        if (row >= m_model->rowCount())
            return;
        const QModelIndex index = m_model->index(row, ChildListModel::Name);
        if (index.data(ChildListModel::ChildIdRole).toLongLong() == childId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

QPushButton* ChildrenView::actionButton(const QString& name) const
{
    return findChild<QPushButton*>(name);
}

void ChildrenView::updateActions()
{
    const bool chosen = currentChildId() > 0;
    for (Action a : {Edit, Move, Leave})
        m_actions[a]->setEnabled(chosen);
}

int ChildrenView::visibleRows() const
{
    return m_model->totalCount();
}

void ChildrenView::updateCount()
{
    m_count->setText(tr("%n child(ren)", nullptr, m_model->totalCount()));
    m_empty->setText(emptyText());
    m_empty->setVisible(!m_empty->text().isEmpty());
}

QString ChildrenView::emptyText() const
{
    if (m_model->totalCount() > 0)
        return {};
    const bool filtering = !m_filter->text().isEmpty() || m_groups->currentData().isValid() ||
                           m_domains->currentData().isValid() || m_levels->currentData().toInt() > 0;
    if (filtering)
        return tr("No child matches these filters. Clear the name filter, or choose \"All my groups\" and "
                  "\"Any level\".");
    if (m_session.actor.hasRole(Role::Manager))
        return tr("No children here yet. Enrol a child with \"New child...\" (Ctrl+Shift+K), or import the "
                  "children from the administration system with \"Import children...\".");
    if (m_session.actor.hasRole(Role::Practitioner))
        return tr("You see no children: your account is not linked to a group with children yet. Ask your "
                  "location manager to link you to your group.");
    return tr("As an administrator you do not see children's files. Locations, groups and accounts are under "
              "Administration.");
}

void ChildrenView::retranslate()
{
    m_title->setText(tr("Children"));
    m_filter->setAccessibleName(tr("Filter by name"));
    m_groups->setAccessibleName(tr("Group"));
    m_domains->setAccessibleName(tr("Domain"));
    m_levels->setAccessibleName(tr("Level"));
    m_table->setAccessibleName(tr("Children"));
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_groups->setToolTip(tr("Show the children of one group"));
    m_table->setAccessibleName(tr("Children"));
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("The child's name; Enter opens the file"), tr("Age in years and months"),
                         tr("The child's group"), tr("Open support needs per domain, coloured by level"),
                         tr("Days waiting for help since a referral"),
                         tr("The date of the newest observation"),
                         tr("The neighbourhood the child lives in, for the social map")});
    if (m_groups->count() > 0)
        m_groups->setItemText(0, tr("All my groups"));
    m_domains->setToolTip(tr("Only children with an open support need in this domain"));
    m_includeLeft->setText(tr("Include children who lef&t"));
    m_includeLeft->setToolTip(
        tr("Also the children whose last day has passed; their files are kept until the "
           "retention period ends"));
    const QStringList actionTexts = {tr("&New child..."), tr("&Edit details..."), tr("&Move..."),
                                     tr("Le&ave..."), tr("&Import children...")};
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setText(actionTexts[i]);
    m_actions[Enrol]->setToolTip(tr("Enrol a child at one of your groups (Ctrl+Shift+K)"));
    m_actions[Edit]->setToolTip(tr("Correct the chosen child's details and parents (F2)"));
    m_actions[Move]->setToolTip(tr("Move the chosen child to another group"));
    m_actions[Leave]->setToolTip(tr("Record that the chosen child leaves"));
    m_actions[Import]->setToolTip(tr("Enrol or update children from the administration system's CSV file"));
    const int level = std::max(0, m_levels->currentIndex());
    {
        const QSignalBlocker blocker(m_levels);
        m_levels->clear();
        m_levels->addItem(tr("Any level"), 0);
        m_levels->addItem(tr("Open need, any level"), 1);
        m_levels->addItem(tr("Level 2 or higher"), 2);
        m_levels->addItem(tr("Level 3"), 3);
        m_levels->setCurrentIndex(level);
    }
    updateCount();
}

void ChildrenView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_groups->count() > 0) { // loaded already; else the first load fills it in the new language
            fillDomains();
            reload(); // ages, dates and headers follow the new language
        }
    }
    QWidget::changeEvent(event);
}

} // namespace kz
