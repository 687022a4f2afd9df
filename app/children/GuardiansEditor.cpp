#include "GuardiansEditor.h"

#include "GuardianDialog.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "store/GuardianStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

GuardiansEditor::GuardiansEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 6, this)), m_add(new QPushButton(tr("&Add..."), this)),
      m_edit(new QPushButton(tr("Ed&it..."), this)), m_remove(new QPushButton(tr("Re&move"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Relation"), tr("Language for conversations"),
                                        tr("Interpreter"), tr("Phone"), tr("E-mail")});
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("The parent's or guardian's name"), tr("How this person is related to the child"),
                         tr("The language to speak with this parent"),
                         tr("Whether an interpreter is needed in conversations"),
                         tr("The phone number to reach this parent"),
                         tr("The e-mail address of this parent")});
    m_table->setAccessibleName(tr("Parents and guardians"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);
    m_add->setAccessibleName(tr("Add a parent or guardian"));
    m_edit->setAccessibleName(tr("Edit the chosen parent or guardian"));
    m_remove->setAccessibleName(tr("Remove the chosen parent or guardian"));
    connect(m_add, &QPushButton::clicked, this, [this] { addOrEdit(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { addOrEdit(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) { addOrEdit(row); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QString name = m_rows.at(row).guardian.name;
        if (QMessageBox::question(this, tr("Remove"),
                                  tr("Remove %1 from this child's parents and guardians?").arg(name)) ==
            QMessageBox::Yes)
            removeRow(row);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GuardiansEditor::updateButtons);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void GuardiansEditor::setGuardians(const QList<Guardian>& guardians)
{
    m_rows.clear();
    m_removed.clear();
    for (const Guardian& g : guardians)
        m_rows.append({g, false});
    fill();
}

QList<Guardian> GuardiansEditor::guardians() const
{
    QList<Guardian> result;
    for (const Row& row : m_rows)
        result.append(row.guardian);
    return result;
}

bool GuardiansEditor::hasChanges() const
{
    if (!m_removed.isEmpty())
        return true;
    for (const Row& row : m_rows)
        if (row.changed || row.guardian.id == 0)
            return true;
    return false;
}

void GuardiansEditor::addGuardian(const Guardian& guardian)
{
    m_rows.append({guardian, true});
    fill();
    m_table->selectRow(static_cast<int>(m_rows.size()) - 1);
}

void GuardiansEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (m_rows.at(row).guardian.id)
        m_removed.append(m_rows.at(row).guardian.id);
    m_rows.removeAt(row);
    fill();
}

void GuardiansEditor::addOrEdit(int row)
{
    const bool editing = row >= 0 && row < m_rows.size();
    GuardianDialog dialog(editing ? m_rows.at(row).guardian : Guardian{}, m_languages, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!editing) {
        addGuardian(dialog.guardian());
        return;
    }
    m_rows[row] = {dialog.guardian(), true};
    fill();
    m_table->selectRow(row);
}

// Removed first, then changed, then new: what was stored is marked at once, so a refusal
// halfway leaves the rest to a second try and nothing twice.
void GuardiansEditor::save(const Session& session, qint64 childId)
{
    GuardianStore store(session.db);
    while (!m_removed.isEmpty()) {
        store.remove(session.actor, m_removed.constFirst());
        m_removed.removeFirst();
    }
    for (Row& row : m_rows) {
        row.guardian.childId = childId;
        if (row.guardian.id == 0) {
            row.guardian.id = store.add(session.actor, row.guardian);
            row.changed = false;
        } else if (row.changed) {
            store.update(session.actor, row.guardian, row.overwrite);
            row.changed = false;
            row.overwrite = Overwrite::No;
            if (row.guardian.version > 0)
                ++row.guardian.version; // what is stored now
        }
    }
}

std::optional<Guardian> GuardiansEditor::typed(qint64 id) const
{
    for (const Row& row : m_rows)
        if (row.guardian.id == id)
            return row.guardian;
    return std::nullopt;
}

void GuardiansEditor::keepMine(qint64 id, int currentVersion)
{
    for (Row& row : m_rows)
        if (row.guardian.id == id) {
            row.guardian.version = currentVersion;
            row.overwrite = Overwrite::Yes;
        }
}

void GuardiansEditor::takeTheirs(const Guardian& theirs)
{
    for (Row& row : m_rows)
        if (row.guardian.id == theirs.id)
            row = {theirs, false, Overwrite::No};
    fill();
}

void GuardiansEditor::fill()
{
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Guardian& g = m_rows.at(r).guardian;
        const QStringList cells = {
            g.name,  g.relation, g.preferredLanguage, g.interpreterNeeded ? tr("needed") : QString(),
            g.phone, g.email};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

void GuardiansEditor::updateButtons()
{
    const bool chosen = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

} // namespace kz
