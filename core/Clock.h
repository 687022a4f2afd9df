#pragma once

#include <QDate>
#include <QDateTime>

namespace kz {

// The one source of "today" and "now" in Kindzicht. It follows the system clock unless a test,
// the demo or a what-if preview moves it: then it runs on from the chosen moment, so that the
// order of events (revisions, audit rows) stays as real as it is at the system's own time.
// Core code never asks QDate/QDateTime for the current date itself.
class Clock
{
public:
    static QDate today();      // the local calendar date
    static QDateTime now();    // local time
    static QDateTime nowUtc(); // for stamps stored in the database

    // Moves the clock so that it reads `moment` now and runs on from there. For tests and tools;
    // the application itself leaves the clock alone.
    static void travelTo(const QDateTime& moment);
    static void travelTo(const QDate& day); // 09:00 local time on that day
    static void reset();                    // back to the system clock
    static bool isMoved();
};

// Moves the clock for one scope (a test) and puts it back as it was.
class ScopedClock
{
public:
    explicit ScopedClock(const QDate& day);
    explicit ScopedClock(const QDateTime& moment);
    ~ScopedClock();
    ScopedClock(const ScopedClock&) = delete;
    ScopedClock& operator=(const ScopedClock&) = delete;

private:
    qint64 m_previousOffset;
};

} // namespace kz
