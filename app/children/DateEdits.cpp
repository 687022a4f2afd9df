#include "DateEdits.h"

#include "Clock.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

namespace kz {

namespace {

// The lowest date the field allows stands for "not set"; no child in care was born before it.
const QDate notSet(1990, 1, 1);

// An empty field opens its calendar at this month, not in 1990.
class CalendarOpensToday : public QObject
{
public:
    CalendarOpensToday(QDateEdit* edit)
        : QObject(edit)
        , m_edit(edit)
    {
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == notSet)
            static_cast<QCalendarWidget*>(watched)->setCurrentPage(Clock::today().year(), Clock::today().month());
        return false;
    }

private:
    QDateEdit* m_edit;
};

} // namespace

QString dateFormat()
{
    static const QRegularExpression year(QStringLiteral("y+"));
    return QLocale().dateFormat(QLocale::ShortFormat).replace(year, QStringLiteral("yyyy"));
}

QDateEdit* makeDateEdit(QWidget* parent, const std::optional<QDate>& date)
{
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(dateFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDate(notSet);
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setSpecialValueText(QCoreApplication::translate("kz::DateEdits", "not set"));
    edit->calendarWidget()->installEventFilter(new CalendarOpensToday(edit));
    setDateOf(edit, date);
    return edit;
}

std::optional<QDate> dateOf(const QDateEdit* edit)
{
    if (edit->date() == notSet)
        return std::nullopt;
    return edit->date();
}

void setDateOf(QDateEdit* edit, const std::optional<QDate>& date)
{
    edit->setDate(date && date->isValid() && *date > notSet ? *date : notSet);
}

} // namespace kz
