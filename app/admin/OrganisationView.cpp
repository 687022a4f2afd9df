#include "OrganisationView.h"

#include "AgeRangeEdit.h"
#include "Error.h"
#include "GroupDialog.h"
#include "LocationDialog.h"
#include "domain/Labels.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/OrganisationStore.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int archivedRole = Qt::UserRole + 1;

QString addressLine(const Location& l)
{
    QStringList parts;
    for (const QString& part : {l.address, QStringList{l.postcode, l.city}.join(QLatin1Char(' ')).trimmed()})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(", "));
}

QString areaLine(const Location& l)
{
    if (l.district.isEmpty() || l.neighbourhood.isEmpty())
        return l.district + l.neighbourhood;
    return l.district + QStringLiteral(" · ") + l.neighbourhood;
}

void markArchived(QTreeWidgetItem* item, bool archived)
{
    item->setData(OrganisationView::NameColumn, archivedRole, archived);
    if (!archived)
        return;
    item->setText(OrganisationView::NameColumn,
                  OrganisationView::tr("%1 (archived)").arg(item->text(OrganisationView::NameColumn)));
    for (int column = 0; column < OrganisationView::ColumnCount; ++column)
        item->setForeground(column, QColor(0x9a968c));
}

} // namespace

OrganisationView::OrganisationView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_rename(new QPushButton(this)),
      m_tree(new QTreeWidget(this)), m_showArchived(new QCheckBox(this)),
      m_newLocation(new QPushButton(this)), m_newGroup(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_archive(new QPushButton(this))
{
    styleAsTitle(m_title);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OrganisationView::updateButtons);
    auto* edit = new QShortcut(QKeySequence(Qt::Key_F2), m_tree);
    edit->setContext(Qt::WidgetShortcut);
    connect(edit, &QShortcut::activated, this, &OrganisationView::editSelected);
    auto* archive = new QShortcut(QKeySequence::Delete, m_tree);
    archive->setContext(Qt::WidgetShortcut);
    connect(archive, &QShortcut::activated, this, &OrganisationView::archiveSelected);
    connect(m_showArchived, &QCheckBox::toggled, this, &OrganisationView::reload);
    connect(m_newLocation, &QPushButton::clicked, this, &OrganisationView::newLocation);
    connect(m_newGroup, &QPushButton::clicked, this, &OrganisationView::newGroup);
    connect(m_edit, &QPushButton::clicked, this, &OrganisationView::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &OrganisationView::archiveSelected);
    connect(m_rename, &QPushButton::clicked, this, &OrganisationView::renameOrganisation);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_rename);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_newLocation, m_newGroup, m_edit, m_archive})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_showArchived);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);
    retranslate();
    if (loading == Loading::Now)
        reload();
}

void OrganisationView::reload()
{
    const QTreeWidgetItem* before = selectedItem();
    const int selectedType = before ? before->type() : 0;
    const qint64 selectedId = before ? before->data(NameColumn, idRole).toLongLong() : 0;
    m_tree->clear();
    try {
        const OrganisationStore store(m_session.db);
        const bool all = m_showArchived->isChecked();
        m_title->setText(store.organisationName().isEmpty() ? tr("Locations and groups")
                                                            : store.organisationName());
        const QList<Group> groups = store.groups(m_session.actor, all);
        for (const Location& l : store.locations(m_session.actor, all)) {
            auto* location = new QTreeWidgetItem(m_tree, LocationItem);
            location->setText(NameColumn, l.name);
            location->setText(LrkColumn, l.lrkNumber);
            location->setText(AddressColumn, addressLine(l));
            location->setText(AreaColumn, areaLine(l));
            location->setData(NameColumn, idRole, l.id);
            QFont bold = location->font(NameColumn);
            bold.setBold(true);
            location->setFont(NameColumn, bold);
            markArchived(location, l.archived);
            for (const Group& g : groups) {
                if (g.locationId != l.id)
                    continue;
                auto* group = new QTreeWidgetItem(location, GroupItem);
                group->setText(NameColumn, g.name);
                group->setText(KindColumn, Labels::groupKind(g.kind));
                group->setText(AgesColumn, AgeRangeEdit::describe(g.minAgeMonths, g.maxAgeMonths));
                group->setText(CapacityColumn, QString::number(g.capacity));
                group->setTextAlignment(CapacityColumn, Qt::AlignRight | Qt::AlignVCenter);
                group->setData(NameColumn, idRole, g.id);
                markArchived(group, g.archived);
            }
        }
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    m_tree->expandAll();
    for (int column = 0; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    if (!selectedType || !select(static_cast<ItemType>(selectedType), selectedId))
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

bool OrganisationView::select(ItemType type, qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->type() == type && (*it)->data(NameColumn, idRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QTreeWidgetItem* OrganisationView::selectedItem() const
{
    const auto selected = m_tree->selectedItems();
    return selected.isEmpty() ? nullptr : selected.first();
}

void OrganisationView::updateButtons()
{
    const QTreeWidgetItem* item = selectedItem();
    m_edit->setEnabled(item != nullptr);
    m_archive->setEnabled(item && !item->data(NameColumn, archivedRole).toBool());
    m_newGroup->setEnabled(m_tree->topLevelItemCount() > 0);
}

void OrganisationView::newLocation()
{
    LocationDialog dialog(m_session, Location{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(LocationItem, dialog.savedId());
    emit done(tr("Location added."));
}

void OrganisationView::newGroup()
{
    Group group;
    if (const QTreeWidgetItem* item = selectedItem()) {
        const QTreeWidgetItem* location = item->type() == LocationItem ? item : item->parent();
        group.locationId = location->data(NameColumn, idRole).toLongLong();
    }
    GroupDialog dialog(m_session, group, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(GroupItem, dialog.savedId());
    emit done(tr("Group added."));
}

void OrganisationView::editSelected()
{
    const QTreeWidgetItem* item = selectedItem();
    if (!item)
        return;
    const qint64 id = item->data(NameColumn, idRole).toLongLong();
    try {
        const OrganisationStore store(m_session.db);
        std::unique_ptr<QDialog> dialog;
        if (item->type() == LocationItem)
            dialog = std::make_unique<LocationDialog>(m_session, store.location(m_session.actor, id), this);
        else
            dialog = std::make_unique<GroupDialog>(m_session, store.group(m_session.actor, id), this);
        if (dialog->exec() != QDialog::Accepted)
            return;
        reload();
        emit done(tr("Changes saved."));
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void OrganisationView::archiveSelected()
{
    const QTreeWidgetItem* item = selectedItem();
    if (!item || item->data(NameColumn, archivedRole).toBool())
        return;
    const bool isLocation = item->type() == LocationItem;
    const qint64 id = item->data(NameColumn, idRole).toLongLong();
    const QString name = item->text(NameColumn);
    const QString question =
        isLocation
            ? tr("Archive the location \"%1\" and all its groups? They disappear from every choice; their "
                 "history stays.")
                  .arg(name)
            : tr("Archive the group \"%1\"? It disappears from every choice; its history stays.").arg(name);
    if (QMessageBox::question(this, isLocation ? tr("Archive location") : tr("Archive group"), question) !=
        QMessageBox::Yes)
        return;
    try {
        OrganisationStore store(m_session.db);
        if (isLocation)
            store.archiveLocation(m_session.actor, id);
        else
            store.archiveGroup(m_session.actor, id);
        reload();
        emit done(isLocation ? tr("Location \"%1\" archived.").arg(name)
                             : tr("Group \"%1\" archived.").arg(name));
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void OrganisationView::renameOrganisation()
{
    OrganisationStore store(m_session.db);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Organisation name"), tr("Name of the organisation:"),
                                               QLineEdit::Normal, store.organisationName(), &ok);
    if (!ok)
        return;
    try {
        store.setOrganisationName(m_session.actor, name.trimmed());
        reload();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

void OrganisationView::retranslate()
{
    m_rename->setText(tr("Re&name organisation..."));
    m_newLocation->setText(tr("New &location..."));
    m_newGroup->setText(tr("New &group..."));
    m_edit->setText(tr("&Edit..."));
    m_edit->setToolTip(tr("F2, Enter or double-click"));
    m_archive->setText(tr("&Archive..."));
    m_showArchived->setText(tr("Show arc&hived"));
    m_tree->setHeaderLabels({tr("Location / group"), tr("Kind"), tr("Ages"), tr("Capacity"), tr("LRK number"),
                             tr("Address"), tr("District · neighbourhood")});
    HeaderToolTips::set(
        m_tree->header(),
        {tr("A location, with its groups below it"), tr("The kind of group"),
         tr("The ages of the children in the group"), tr("The number of places (kindplaatsen)"),
         tr("The location's number in the national childcare register (LRK)"), tr("The location's address"),
         tr("The district and neighbourhood, for the social map")});
    m_tree->setAccessibleName(tr("Locations and groups"));
}

void OrganisationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
