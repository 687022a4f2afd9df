#pragma once

#include "domain/Organisation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kz {

class AgeRangeEdit;
struct Session;

// A new group of a location or the details of an existing one: name, kind, age range, capacity.
// Administrators and the location's manager; core decides and records, a refusal stays in the
// dialog with everything typed.
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    GroupDialog(const Session& session, const Group& group, QWidget* parent = nullptr);

    QComboBox* locationCombo() const { return m_location; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    AgeRangeEdit* ageRange() const { return m_ages; }
    QSpinBox* capacitySpin() const { return m_capacity; }
    qint64 savedId() const { return m_savedId; }
    QString errorText() const;

    // Fills a combo box with the kinds of group, the code's enum value as item data.
    static void fillKinds(QComboBox* combo);

    void accept() override;

private:
    Group edited() const;

    const Session& m_session;
    Group m_group;
    QComboBox* m_location;
    QLineEdit* m_name;
    QComboBox* m_kind;
    AgeRangeEdit* m_ages;
    QSpinBox* m_capacity;
    QLabel* m_error;
    qint64 m_savedId = 0;
};

} // namespace kz
