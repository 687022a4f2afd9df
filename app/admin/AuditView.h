#pragma once

#include "Clock.h"
#include "shell/LoadOnShow.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kz {

struct Session;

// Who viewed, changed or exported which child's file: the audit trail, filtered by period,
// action and person. Admins see everything; managers what concerns their locations.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(const Session& session, QWidget* parent = nullptr, Loading loading = Loading::Now);

    void reload();
    QTableWidget* table() const { return m_table; }
    QComboBox* actionBox() const { return m_action; }
    QLineEdit* personEdit() const { return m_person; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();

    const Session& m_session;
    QDateEdit* m_from;
    QDateEdit* m_until;
    QComboBox* m_action;
    QLineEdit* m_person;
    QLabel* m_count;
    QTableWidget* m_table;
    QDate m_shownOn = Clock::today(); // the "until" date the view opened with
};

} // namespace kz
