#pragma once

#include "domain/Child.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace kz {

struct Session;

// Recording that a child leaves: the last day and why. The child then leaves the lists; her file
// stays readable for the manager until the retention period after the end date has passed.
class LeaveChildDialog : public QDialog
{
    Q_OBJECT

public:
    LeaveChildDialog(const Session& session, qint64 childId, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* reasonBox() const { return m_reason; }
    QString retentionText() const;
    QString errorText() const;
    // The question asked before the leaving is recorded (shown in a message box by accept()).
    QString confirmationText() const;

    void accept() override;

private:
    void explain();

    const Session& m_session;
    Child m_child;
    int m_retentionMonths;
    QDateEdit* m_date;
    QComboBox* m_reason;
    QLabel* m_retention;
    QLabel* m_error;
};

} // namespace kz
