#pragma once

#include "domain/Organisation.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kz {

// The groups of the first location, typed in a small table in the first-start wizard: name, kind,
// age range and capacity per row; a row is added or removed with a button.
class SetupGroupsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        AgesColumn,
        CapacityColumn,
        RemoveColumn,
        ColumnCount
    };

    explicit SetupGroupsEditor(QWidget* parent = nullptr);

    // A new row with the defaults of a day-care group; returns its row number.
    int addRow();
    void removeRow(int row);
    void setRow(int row, const Group& group);
    // The rows as groups (without a location yet); rows whose name is empty are left out.
    QList<Group> groups() const;

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTableWidget* m_table;
    QPushButton* m_add;
};

} // namespace kz
