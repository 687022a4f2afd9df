#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace kz {

// A group's age range as people say it: "from 2 to 4 years" or "from 0 to 18 months". Core keeps
// months; this widget shows whichever unit fits the stored values and converts back.
class AgeRangeEdit : public QWidget
{
    Q_OBJECT

public:
    enum Unit
    {
        Months,
        Years
    };

    explicit AgeRangeEdit(QWidget* parent = nullptr);

    void setMonths(int fromMonths, int toMonths);
    int fromMonths() const;
    int toMonths() const;
    // "2–4 years" or "30–48 months", for lists.
    static QString describe(int fromMonths, int toMonths);
    // The usual range for a kind of group (dagopvang 0-4 years, BSO 4-13 years, ...).
    void setDefaultsFor(GroupKind kind);

    QSpinBox* fromSpin() const { return m_from; }
    QSpinBox* toSpin() const { return m_to; }
    QComboBox* unitCombo() const { return m_unit; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void changeUnit(int index);

    QSpinBox* m_from;
    QSpinBox* m_to;
    QComboBox* m_unit;
    int m_shownUnit = Years;
};

} // namespace kz
