#pragma once

#include "domain/Child.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace kz {

struct Session;

// Moving a child to another group on a date. The dialog says what follows: from that day the
// practitioners of the old group no longer see the child. Core records the move as history.
class MoveChildDialog : public QDialog
{
    Q_OBJECT

public:
    MoveChildDialog(const Session& session, qint64 childId, QWidget* parent = nullptr);

    QComboBox* groupBox() const { return m_group; }
    QDateEdit* dateEdit() const { return m_date; }
    QString explanationText() const;
    QString errorText() const;

    void accept() override;

private:
    void explain();

    const Session& m_session;
    Child m_child;
    QString m_fromGroup;
    QComboBox* m_group;
    QDateEdit* m_date;
    QLabel* m_explanation;
    QLabel* m_history;
    QLabel* m_error;
};

} // namespace kz
