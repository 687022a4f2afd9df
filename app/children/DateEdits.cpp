#include "DateEdits.h"

#include "Clock.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>
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
    CalendarOpensToday(QDateEdit* edit) : QObject(edit), m_edit(edit) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == notSet)
            static_cast<QCalendarWidget*>(watched)->setCurrentPage(Clock::today().year(),
                                                                   Clock::today().month());
        return false;
    }

private:
    QDateEdit* m_edit;
};

class TabLeavesField : public QObject
{
public:
    explicit TabLeavesField(QDateTimeEdit* edit) : QObject(edit), m_edit(edit) {}

    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab)
            return false;
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        m_edit->interpretText(); // what was typed counts before the field is left
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        if (QWidget* next = neighbour(forward))
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }

private:
    // The next (or previous) widget in the window's tab chain that takes focus by Tab.
    QWidget* neighbour(bool forward) const
    {
        QWidget* w = m_edit;
        for (int guard = 0; guard < 1000; ++guard) {
            w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
            if (!w || w == m_edit)
                return nullptr;
            if (m_edit->isAncestorOf(w) || w->window() != m_edit->window())
                continue;
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(m_edit->window()) && w->isEnabled() &&
                !w->focusProxy())
                return w;
        }
        return nullptr;
    }

    QDateTimeEdit* m_edit;
};

} // namespace

void leaveOnTab(QDateTimeEdit* edit)
{
    edit->installEventFilter(new TabLeavesField(edit));
}

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
    leaveOnTab(edit);
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
