#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kz {

class Database;

struct RetentionCandidate
{
    qint64 childId = 0;
    QDate leftOn;
    int supportNeeds = 0;
    int observations = 0;
    int referrals = 0;
};

struct RetentionResult
{
    QList<RetentionCandidate> children;
    int supportNeeds = 0;
    int observations = 0;
    int referrals = 0;
    // After a purge: the removed rows are gone, but their old pages are still in the file (another
    // connection reads them, or the disk was full). The next opening finishes the wipe.
    bool wipePending = false;
    QString wipeProblem;
};

// The bewaartermijn: a child's file is kept a number of months after the child left (default 24),
// then removed with everything that hangs from it, full-text index included, and the freed space
// overwritten, so nothing readable is left in the database or its journal. Admins only.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(kz::Retention)

public:
    static constexpr int defaultMonths = 24;

    static int months(const Database& db);
    static void setMonths(const Database& db, const Actor& actor, int months);

    // What a purge would remove today; nothing is changed.
    static RetentionResult preview(const Database& db, const Actor& actor,
                                   const QDate& today = Clock::today());
    // Removes it, writes the scrub log (counts and dates) and the audit row, then scrubs the files.
    static RetentionResult purge(const Database& db, const Actor& actor, const QDate& today = Clock::today());
};

} // namespace kz
