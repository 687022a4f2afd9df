#include "SetupGroupsEditor.h"

#include "AgeRangeEdit.h"
#include "GroupDialog.h"
#include "domain/Labels.h"
#include "shell/HeaderToolTips.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kz {

SetupGroupsEditor::SetupGroupsEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_add(new QPushButton(this))
{
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus); // the fields in the cells take the focus
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const int column : {KindColumn, AgesColumn, CapacityColumn, RemoveColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->cellWidget(row, NameColumn)->setFocus();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslate();
}

int SetupGroupsEditor::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QLineEdit(m_table);
    auto* kind = new QComboBox(m_table);
    GroupDialog::fillKinds(kind);
    auto* ages = new AgeRangeEdit(m_table);
    auto* capacity = new QSpinBox(m_table);
    capacity->setRange(1, 200);
    capacity->setValue(16);
    auto* remove = new QToolButton(m_table);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this group"));
    remove->setAccessibleName(tr("Remove this group"));
    connect(kind, &QComboBox::currentIndexChanged, ages,
            [kind, ages] { ages->setDefaultsFor(static_cast<GroupKind>(kind->currentData().toInt())); });
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, RemoveColumn) == remove)
                removeRow(r);
    });
    name->setAccessibleName(tr("Name of group %1").arg(row + 1));
    kind->setAccessibleName(tr("Kind of group %1").arg(row + 1));
    capacity->setAccessibleName(tr("Capacity of group %1").arg(row + 1));
    m_table->setCellWidget(row, NameColumn, name);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, AgesColumn, ages);
    m_table->setCellWidget(row, CapacityColumn, capacity);
    m_table->setCellWidget(row, RemoveColumn, remove);
    m_table->setRowHeight(row, ages->sizeHint().height() + 8);
    return row;
}

void SetupGroupsEditor::removeRow(int row)
{
    m_table->removeRow(row);
    if (m_table->rowCount() == 0)
        addRow(); // at least one group: keep an empty row to type it in
}

void SetupGroupsEditor::setRow(int row, const Group& group)
{
    qobject_cast<QLineEdit*>(m_table->cellWidget(row, NameColumn))->setText(group.name);
    auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
    kind->setCurrentIndex(kind->findData(static_cast<int>(group.kind)));
    qobject_cast<AgeRangeEdit*>(m_table->cellWidget(row, AgesColumn))
        ->setMonths(group.minAgeMonths, group.maxAgeMonths);
    qobject_cast<QSpinBox*>(m_table->cellWidget(row, CapacityColumn))->setValue(group.capacity);
}

QList<Group> SetupGroupsEditor::groups() const
{
    QList<Group> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Group g;
        g.name = qobject_cast<QLineEdit*>(m_table->cellWidget(row, NameColumn))->text().trimmed();
        if (g.name.isEmpty())
            continue;
        g.kind = static_cast<GroupKind>(
            qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn))->currentData().toInt());
        const auto* ages = qobject_cast<AgeRangeEdit*>(m_table->cellWidget(row, AgesColumn));
        g.minAgeMonths = ages->fromMonths();
        g.maxAgeMonths = ages->toMonths();
        g.capacity = qobject_cast<QSpinBox*>(m_table->cellWidget(row, CapacityColumn))->value();
        result.append(g);
    }
    return result;
}

void SetupGroupsEditor::retranslate()
{
    m_add->setText(tr("&Add a group"));
    m_table->setAccessibleName(tr("Groups"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Ages"), tr("Capacity"), QString()});
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("The group's name, as everyone at the location calls it"),
                         tr("Day care, pre-school or out-of-school care"),
                         tr("The ages of the children in the group, from and until"),
                         tr("The number of places (kindplaatsen)"), tr("Remove this group")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
        for (int i = 0; i < kind->count(); ++i)
            kind->setItemText(i, Labels::groupKind(static_cast<GroupKind>(kind->itemData(i).toInt())));
    }
}

void SetupGroupsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kz
