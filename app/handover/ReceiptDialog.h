#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace kz {

// The school's receipt of a handover: on which day, and who received it.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(const QString& what, const QDate& exportedOn, QWidget* parent = nullptr);

    QDate receivedOn() const;
    QString receivedBy() const;
    QLineEdit* receivedByEdit() const { return m_by; }

private:
    QDateEdit* m_date;
    QLineEdit* m_by;
};

} // namespace kz
