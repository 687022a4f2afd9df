#include "HeatMapTable.h"

#include "HeatCellDelegate.h"
#include "domain/Labels.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace kz {

void HeatMapTable::fill(QTableWidget* table, const QList<DevelopmentDomain>& domains,
                        const QList<GroupFigures>& groups)
{
    const QLocale locale;
    table->clear();
    table->setRowCount(static_cast<int>(groups.size()));
    table->setColumnCount(static_cast<int>(domains.size()) + 1);
    QStringList headers = {QCoreApplication::translate("kz::GroupNeedsView", "Group")};
    for (const DevelopmentDomain& d : domains)
        headers.append(Labels::domain(d));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeaderItem(0)->setToolTip(
        QCoreApplication::translate("kz::GroupNeedsView", "The group; point at a name to see its location"));
    for (int column = 0; column < domains.size(); ++column)
        table->horizontalHeaderItem(column + 1)
            ->setToolTip(
                QCoreApplication::translate(
                    "kz::GroupNeedsView",
                    "%1: children with an open need of level 2 or higher in this domain. The colour is "
                    "their share of the group.")
                    .arg(Labels::domain(domains.at(column))));
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int row = 0; row < groups.size(); ++row) {
        const GroupFigures& g = groups.at(row);
        auto* name = new QTableWidgetItem(g.groupName);
        name->setToolTip(g.locationName);
        table->setItem(row, 0, name);
        for (int column = 0; column < domains.size(); ++column) {
            const int count = g.perDomain.value(domains.at(column).id);
            const double share = g.children > 0 ? double(count) / g.children : 0.0;
            auto* cell = new QTableWidgetItem(count > 0 ? locale.toString(count) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setBackground(HeatCellDelegate::colourFor(share));
            cell->setForeground(QColor(0x1f1f1f));
            cell->setData(Qt::UserRole, g.groupId);
            cell->setData(Qt::UserRole + 1, domains.at(column).id);
            cell->setToolTip(QCoreApplication::translate(
                                 "kz::GroupNeedsView",
                                 "%1 of %2 children in %3 have an open need of level 2 or higher in %4 (%5)")
                                 .arg(locale.toString(count), locale.toString(g.children), g.groupName,
                                      Labels::domain(domains.at(column)),
                                      locale.toString(100.0 * share, 'f', 0) + QLatin1Char('%')));
            // The colour shows the share; a screen reader hears it.
            cell->setData(Qt::AccessibleTextRole, cell->toolTip());
            table->setItem(row, column + 1, cell);
        }
    }
}

} // namespace kz
