#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kz {

struct Session;

// The accounts of the organisation, for administrators: who has which role and scope, new
// accounts, password resets, deactivation (history stays).
class AccountsView : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(const Session& session, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* deactivateButton() const { return m_deactivate; }

signals:
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    qint64 selectedUser() const;

    const Session& m_session;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_reset;
    QPushButton* m_deactivate;
};

} // namespace kz
