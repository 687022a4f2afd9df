#include "ChildrenView.h"

#include "ChildListModel.h"
#include "Error.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"

#include <QComboBox>
#include "shell/TableSetup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kz {

ChildrenView::ChildrenView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ChildListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_groups(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChildListModel::SortRole);
    m_proxy->setFilterKeyColumn(ChildListModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);

    m_table->setModel(m_proxy);
    configureListTable(m_table);
    m_table->sortByColumn(ChildListModel::Name, Qt::AscendingOrder);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_groups, 1);
    filters->addStretch();
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_groups, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    setFocusProxy(m_filter);
    retranslate();
    fillGroups();
    reload();
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
    ChildFilter filter;
    if (m_groups->currentData().isValid())
        filter.groupId = m_groups->currentData().toLongLong();
    try {
        m_model->reload(filter);
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    fitColumns(m_table);
    updateCount();
}

int ChildrenView::visibleRows() const
{
    return m_proxy->rowCount();
}

void ChildrenView::updateCount()
{
    m_count->setText(tr("%n child(ren)", nullptr, m_proxy->rowCount()));
}

void ChildrenView::retranslate()
{
    m_title->setText(tr("Children"));
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_groups->setToolTip(tr("Show the children of one group"));
    m_table->setAccessibleName(tr("Children"));
    if (m_groups->count() > 0)
        m_groups->setItemText(0, tr("All my groups"));
    updateCount();
}

void ChildrenView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // ages, dates and headers follow the new language
    }
    QWidget::changeEvent(event);
}

} // namespace kz
