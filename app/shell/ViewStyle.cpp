#include "ViewStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

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
    table->resizeColumnsToContents();
    for (int column = 0; column < table->horizontalHeader()->count(); ++column)
        if (table->columnWidth(column) > maxWidth)
            table->setColumnWidth(column, maxWidth);
}

} // namespace kz
