#include "Clock.h"

#include <atomic>

namespace kz {

namespace {

// Milliseconds between the system clock and Kindzicht's clock; 0 when it follows the system.
std::atomic<qint64> offsetMs{0};

} // namespace

QDateTime Clock::nowUtc()
{
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs.load());
}

QDateTime Clock::now()
{
    return nowUtc().toLocalTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::travelTo(const QDateTime& moment)
{
    offsetMs.store(QDateTime::currentDateTimeUtc().msecsTo(moment.toUTC()));
}

void Clock::travelTo(const QDate& day)
{
    travelTo(QDateTime(day, QTime(9, 0)));
}

void Clock::reset()
{
    offsetMs.store(0);
}

bool Clock::isMoved()
{
    return offsetMs.load() != 0;
}

ScopedClock::ScopedClock(const QDate& day) : m_previousOffset(offsetMs.load())
{
    Clock::travelTo(day);
}

ScopedClock::ScopedClock(const QDateTime& moment) : m_previousOffset(offsetMs.load())
{
    Clock::travelTo(moment);
}

ScopedClock::~ScopedClock()
{
    offsetMs.store(m_previousOffset);
}

} // namespace kz
