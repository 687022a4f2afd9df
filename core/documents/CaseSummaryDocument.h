#pragma once

#include "PagedDocument.h"
#include "domain/User.h"
#include "services/CaseSummary.h"

#include <QCoreApplication>

namespace kz {

class Database;

// An anonymous case on paper or in a file: the text as the practitioner confirmed it, as plain
// text (FILE.txt) or an A4 PDF (FILE.pdf). The pages carry no name, place or date either.
class CaseSummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(kz::CaseSummaryDocument)

public:
    static PagedDocument paged(const CaseSummary& summary);
    // Writes the case as PDF when `path` ends in .pdf, otherwise as UTF-8 text, readable by the
    // one who made it; the export is audited in the same transaction (refused: nothing written).
    static void toFile(const Database& db, const Actor& actor, const CaseSummary& summary,
                       const QString& path);
    static bool isPdf(const QString& path);
};

} // namespace kz
