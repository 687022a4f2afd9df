#include "ShortcutOverview.h"

#include "shell/ViewStyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

ShortcutOverview::ShortcutOverview(const QList<ShortcutEntry>& entries, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutOverview"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* intro =
        new QLabel(tr("Keys that work in Kindzicht. Keys listed for a workspace work while it is shown; "
                      "F1 opens the help for the workspace you are in."),
                   this);
    intro->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does"), tr("Where")});
    m_table->horizontalHeaderItem(0)->setToolTip(tr("The keys to press together"));
    m_table->horizontalHeaderItem(1)->setToolTip(tr("The command the keys give"));
    m_table->horizontalHeaderItem(2)->setToolTip(tr("The menu or workspace in which the keys work"));
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry& e = entries.at(row);
        auto* keys = new QTableWidgetItem(e.keys);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        m_table->setItem(row, 0, keys);
        m_table->setItem(row, 1, new QTableWidgetItem(e.action));
        m_table->setItem(row, 2, new QTableWidgetItem(e.where));
    }
    configureListTable(m_table);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 520);
}

int ShortcutOverview::rowOf(const QString& keys) const
{
    const QString native = QKeySequence(keys).toString(QKeySequence::NativeText);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == native)
            return row;
    return -1;
}

} // namespace kz
