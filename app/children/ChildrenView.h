#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace kz {

class ChildListModel;
struct Session;

// The practitioner's group: her children, sortable and filterable, usable from the keyboard.
class ChildrenView : public QWidget
{
    Q_OBJECT

public:
    explicit ChildrenView(const Session& session, QWidget* parent = nullptr);

    void reload();
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* groupBox() const { return m_groups; }
    int visibleRows() const;

signals:
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillGroups();
    void updateCount();

    const Session& m_session;
    ChildListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_filter;
    QComboBox* m_groups;
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace kz
