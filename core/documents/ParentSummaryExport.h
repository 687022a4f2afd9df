#pragma once

#include "domain/ParentSummary.h"
#include "domain/User.h"

#include <QCoreApplication>

namespace kz {

class Database;

// Gives the summary to the parents: as a PDF file, or printed; either way what was given is kept
// (ParentSummaryStore) with the SHA-256 of its PDF, all or nothing.
class ParentSummaryExport
{
    Q_DECLARE_TR_FUNCTIONS(kz::ParentSummaryExport)

public:
    static ParentSummarySnapshot toFile(const Database& db, const Actor& actor, qint64 childId,
                                        const ParentSummaryContent& content, const QString& path);
    // After printing: keeps the snapshot (the PDF is rendered for its hash only).
    static ParentSummarySnapshot recordPrinted(const Database& db, const Actor& actor, qint64 childId,
                                               const ParentSummaryContent& content);
};

} // namespace kz
