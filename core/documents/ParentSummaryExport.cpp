#include "ParentSummaryExport.h"

#include "Clock.h"
#include "ParentSummaryDocument.h"
#include "io/OutputFile.h"
#include "store/ParentSummaryStore.h"

#include <QFile>

namespace kz {

ParentSummarySnapshot ParentSummaryExport::toFile(const Database& db, const Actor& actor, qint64 childId,
                                                  const ParentSummaryContent& content, const QString& path)
{
    const QByteArray pdf = ParentSummaryDocument::forChild(db, actor, childId, content, Clock::today()).pdf();
    bool written = false;
    try {
        return ParentSummaryStore(db).recordGiven(actor, childId, content, pdf, [&] {
            // Special-category data: readable by the one who wrote it.
            OutputFile::write(path, pdf, OutputFile::Access::Private);
            written = true;
        });
    } catch (...) {
        if (written) // the snapshot was not kept, so neither is the file
            QFile::remove(path);
        throw;
    }
}

ParentSummarySnapshot ParentSummaryExport::recordPrinted(const Database& db, const Actor& actor,
                                                         qint64 childId, const ParentSummaryContent& content)
{
    const QByteArray pdf = ParentSummaryDocument::forChild(db, actor, childId, content, Clock::today()).pdf();
    return ParentSummaryStore(db).recordGiven(actor, childId, content, pdf, [] {});
}

} // namespace kz
