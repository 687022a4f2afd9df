#pragma once

#include "shell/LoadOnShow.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kz {

class ChildListModel;
struct Session;

// The practitioner's group: her children, sortable and filterable, usable from the keyboard.
class ChildrenView : public QWidget
{
    Q_OBJECT

public:
    explicit ChildrenView(const Session& session, QWidget* parent = nullptr, Loading loading = Loading::Now);

    void reload();
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* groupBox() const { return m_groups; }
    QComboBox* domainBox() const { return m_domains; }
    QComboBox* levelBox() const { return m_levels; }
    QCheckBox* includeLeftBox() const { return m_includeLeft; }
    // The location manager's actions (hidden for others; core decides in any case).
    QPushButton* actionButton(const QString& name) const;
    qint64 currentChildId() const;
    // The child a new observation is about: the chosen one, or the only one the filter left.
    qint64 childForNewObservation() const;
    // The children of one group with an open need of level 2 or higher in one domain.
    void showFiltered(qint64 groupId, qint64 domainId);
    int visibleRows() const;
    // What to do when the list is empty (no children in scope, or none matching the filters).
    QLabel* emptyState() const { return m_empty; }
    void selectChild(qint64 childId);

    // Enrol, correct, move, leave, import: each opens its dialog and reloads the list after it.
    void enrol();
    void editDetails();
    void move();
    void leave();
    void importChildren();

signals:
    void failed(const QString& message);
    void done(const QString& message);
    void openChild(qint64 childId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void fillGroups();
    void fillDomains();
    void updateCount();
    void applyFilter(); // the filters go to the database: the list and its count stay right
    QString emptyText() const;
    void updateActions();
    void runAction(const std::function<bool()>& action);

    const Session& m_session;
    ChildListModel* m_model;
    QLabel* m_title;
    QLineEdit* m_filter;
    QComboBox* m_groups;
    QComboBox* m_domains;
    QComboBox* m_levels;
    QCheckBox* m_includeLeft;
    QList<QPushButton*> m_actions;
    QLabel* m_count;
    QLabel* m_empty;
    QTableView* m_table;
};

} // namespace kz
