#pragma once

#include "shell/LoadOnShow.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kz {

struct Session;

// Beheer → locations and groups: the organisation's locations with their groups underneath, for
// administrators. Add, edit and archive; archived ones only with "Show archived", greyed.
class OrganisationView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        AgesColumn,
        CapacityColumn,
        LrkColumn,
        AddressColumn,
        AreaColumn,
        ColumnCount
    };
    enum ItemType
    {
        LocationItem = 1,
        GroupItem = 2
    };

    explicit OrganisationView(const Session& session, QWidget* parent = nullptr,
                              Loading loading = Loading::Now);

    void reload();
    QTreeWidget* tree() const { return m_tree; }
    QCheckBox* showArchivedBox() const { return m_showArchived; }
    QPushButton* newLocationButton() const { return m_newLocation; }
    QPushButton* newGroupButton() const { return m_newGroup; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* renameButton() const { return m_rename; }
    // Selects the row of a location or group (LocationItem / GroupItem) by id; false when not shown.
    bool select(ItemType type, qint64 id);

    void newLocation();
    void newGroup();
    void editSelected();
    void archiveSelected();
    void renameOrganisation();

signals:
    void failed(const QString& message);
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    QTreeWidgetItem* selectedItem() const;

    const Session& m_session;
    QLabel* m_title;
    QPushButton* m_rename;
    QTreeWidget* m_tree;
    QCheckBox* m_showArchived;
    QPushButton* m_newLocation;
    QPushButton* m_newGroup;
    QPushButton* m_edit;
    QPushButton* m_archive;
};

} // namespace kz
