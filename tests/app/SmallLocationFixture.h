#pragma once

#include "AppFixture.h"
#include "Clock.h"
#include "db/Database.h"
#include "domain/User.h"
#include "shell/Session.h"

#include <memory>

// A database made in the test, as a new organisation starts: one location, two groups, a
// location manager and one practitioner per group, no children yet. The clock stands still at
// a fixed day, so no test depends on today.
class SmallLocationFixture : public AppFixture
{
protected:
    SmallLocationFixture();
    void SetUp() override;

    kz::Session session(const kz::Actor& actor) const { return {*m_small, actor}; }
    // The id of a child of the small location found by its full name (as the manager sees them, left ones
    // too).
    qint64 childNamed(const QString& fullName) const;

    kz::ScopedClock m_clock;
    std::unique_ptr<kz::Database> m_small;
    kz::Actor m_admin;
    kz::Actor m_manager; // Mira, locatiemanager of De Kastanje
    kz::Actor m_egels;   // Pien, practitioner of the Egels
    kz::Actor m_uilen;   // Ruud, practitioner of the Uilen
    qint64 m_location = 0;
    qint64 m_egelsGroup = 0;
    qint64 m_uilenGroup = 0;
};
