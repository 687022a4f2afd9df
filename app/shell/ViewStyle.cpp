#include "ViewStyle.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTableView>
#include <algorithm>

namespace kz {

void styleAsTitle(QLabel* label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
}

void configureListTable(QTableView* table)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setTabKeyNavigation(false);
}

void fitColumns(QTableView* table, int maxWidth)
{
    QHeaderView* header = table->horizontalHeader();
    const bool stretch = header->stretchLastSection();
    header->setStretchLastSection(false); // a stretched section keeps its old width through a resize
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int wanted = std::max(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                                    header->sectionSizeHint(column));
        table->setColumnWidth(column, std::min(wanted, maxWidth));
    }
    header->setStretchLastSection(stretch);
}

void addButtonShortcut(QAbstractButton* button, const QKeySequence& keys)
{
    auto* shortcut = new QShortcut(keys, button->parentWidget() ? button->parentWidget() : button);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
}

} // namespace kz
