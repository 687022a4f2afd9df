#pragma once

#include "Clock.h"
#include "domain/ParentSummary.h"
#include "domain/User.h"

#include <QCoreApplication>

namespace kz {

class Database;

// Writes the first version of the summary for parents from the child's file, in plain words (B1)
// in Dutch or English; the practitioner edits it before it is given. What goes well comes first:
// the development domains with notes marked "goes well" and those without an open need. Open needs
// are told as "what we work on" in everyday words, with tips for home (the location's own tips
// where it has them) and the organisations the child was referred to (or that may help), with how
// to reach them; then the next conversation. No free text of the file is copied, so restricted
// notes and notes about the family never reach it; needs about the family are left out entirely.
class ParentSummaryComposer
{
    Q_DECLARE_TR_FUNCTIONS(kz::ParentSummaryComposer)

public:
    static ParentSummaryContent compose(const Database& db, const Actor& actor, qint64 childId,
                                        const QString& language, const QDate& today = Clock::today());
    // The section headings in the document's language, in order: what goes well, what we work on,
    // tips, who can help, next conversation.
    static QStringList headings(const QString& language);
};

} // namespace kz
