#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kz {

// Time as people tell a case: "3 months ago", "in 2 weeks". Never a date, so an anonymous text
// does not point to a day.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(kz::RelativeTime)

public:
    // "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago";
    // a day after `today` reads as from now ("in 2 weeks").
    static QString of(const QDate& day, const QDate& today);
    // A span: "5 days", "3 weeks", "4 months", "2 years".
    static QString span(const QDate& from, const QDate& until);
};

} // namespace kz
