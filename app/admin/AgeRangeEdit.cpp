#include "AgeRangeEdit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace kz {

namespace {

constexpr int monthsPerYear = 12;
constexpr int maxMonths = 13 * monthsPerYear; // childcare ends at 13

} // namespace

AgeRangeEdit::AgeRangeEdit(QWidget* parent)
    : QWidget(parent), m_from(new QSpinBox(this)), m_to(new QSpinBox(this)), m_unit(new QComboBox(this))
{
    m_unit->addItems({QString(), QString()});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_from);
    auto* dash = new QLabel(QStringLiteral("–"), this);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    layout->addWidget(m_unit);
    layout->addStretch();
    setFocusProxy(m_from);
    retranslate();
    m_unit->setCurrentIndex(Years);
    changeUnit(Years);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AgeRangeEdit::changeUnit);
    setMonths(0, 4 * monthsPerYear);
}

void AgeRangeEdit::changeUnit(int index)
{
    const int from = fromMonths();
    const int to = toMonths();
    m_shownUnit = index;
    const int max = index == Years ? maxMonths / monthsPerYear : maxMonths;
    m_from->setRange(0, max);
    m_to->setRange(0, max);
    const int divisor = index == Years ? monthsPerYear : 1;
    m_from->setValue(from / divisor);
    m_to->setValue((to + divisor - 1) / divisor);
}

void AgeRangeEdit::setMonths(int fromMonths, int toMonths)
{
    const bool inYears = fromMonths % monthsPerYear == 0 && toMonths % monthsPerYear == 0;
    const QSignalBlocker blocker(m_unit);
    m_unit->setCurrentIndex(inYears ? Years : Months);
    m_shownUnit = m_unit->currentIndex();
    const int max = inYears ? maxMonths / monthsPerYear : maxMonths;
    m_from->setRange(0, max);
    m_to->setRange(0, max);
    const int divisor = inYears ? monthsPerYear : 1;
    m_from->setValue(fromMonths / divisor);
    m_to->setValue(toMonths / divisor);
}

int AgeRangeEdit::fromMonths() const
{
    return m_from->value() * (m_shownUnit == Years ? monthsPerYear : 1);
}

int AgeRangeEdit::toMonths() const
{
    return m_to->value() * (m_shownUnit == Years ? monthsPerYear : 1);
}

QString AgeRangeEdit::describe(int fromMonths, int toMonths)
{
    if (fromMonths % monthsPerYear == 0 && toMonths % monthsPerYear == 0)
        return tr("%1–%2 years").arg(fromMonths / monthsPerYear).arg(toMonths / monthsPerYear);
    return tr("%1–%2 months").arg(fromMonths).arg(toMonths);
}

void AgeRangeEdit::setDefaultsFor(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Kdv:
        setMonths(0, 4 * monthsPerYear);
        return;
    case GroupKind::Peuteropvang:
        setMonths(2 * monthsPerYear, 4 * monthsPerYear);
        return;
    case GroupKind::PeuteropvangVe:
        setMonths(30, 4 * monthsPerYear);
        return;
    case GroupKind::Bso:
        setMonths(4 * monthsPerYear, maxMonths);
        return;
    }
}

void AgeRangeEdit::retranslate()
{
    m_unit->setItemText(Months, tr("months"));
    m_unit->setItemText(Years, tr("years"));
    m_from->setAccessibleName(tr("Age from"));
    m_to->setAccessibleName(tr("Age to"));
    m_unit->setAccessibleName(tr("Age unit"));
}

void AgeRangeEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kz
