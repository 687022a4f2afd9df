#include "HandoverExport.h"

#include "Error.h"
#include "HandoverDocument.h"
#include "io/OutputFile.h"
#include "store/HandoverStore.h"

#include <QFile>

namespace kz {

HandoverSnapshot HandoverExport::toFile(const Database& db, const Actor& actor, qint64 childId,
                                        qint64 schoolId, const HandoverContent& content,
                                        const QString& language, const QString& path)
{
    HandoverStore store(db);
    store.checkExportable(actor, childId, schoolId, content); // the reason comes before any rendering
    const HandoverDocument document =
        HandoverDocument::compose(db, actor, childId, schoolId, content, language);
    const QByteArray pdf = document.pdf();
    bool written = false;
    try {
        return store.recordExport(actor, childId, schoolId, content, document.info().language,
                                  document.info().version, pdf, [&] {
                                      // Special-category data: readable by the one who exported it.
                                      OutputFile::write(path, pdf, OutputFile::Access::Private);
                                      written = true;
                                  });
    } catch (...) {
        if (written) // the snapshot was not kept, so neither is the file
            QFile::remove(path);
        throw;
    }
}

} // namespace kz
