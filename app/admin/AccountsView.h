#pragma once

#include "shell/LoadOnShow.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kz {

struct Session;

// The accounts of the organisation, for administrators: who has which role and which groups and
// locations by name, new accounts, changing roles and scope, password resets, deactivation
// (history stays).
class AccountsView : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(const Session& session, QWidget* parent = nullptr, Loading loading = Loading::Now);

    void reload();
    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* deactivateButton() const { return m_deactivate; }

signals:
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

    // Opens the selected account for its roles, groups and locations (Edit, F2, Enter, double-click).
    void editSelected();

private:
    void retranslate();
    qint64 selectedUser() const;
    void selectUser(qint64 userId);

    const Session& m_session;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_deactivate;
};

} // namespace kz
