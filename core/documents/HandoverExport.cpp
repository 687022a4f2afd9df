#include "HandoverExport.h"

#include "Error.h"
#include "HandoverDocument.h"
#include "store/HandoverStore.h"

#include <QFile>
#include <QSaveFile>

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
        return store.recordExport(
            actor, childId, schoolId, content, document.info().language, document.info().version, pdf, [&] {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
                    throw Error(Error::Kind::Io, tr("%1 could not be written.").arg(path),
                                file.errorString());
                written = true;
                // Special-category data: readable by the one who exported it.
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            });
    } catch (...) {
        if (written) // the snapshot was not kept, so neither is the file
            QFile::remove(path);
        throw;
    }
}

} // namespace kz
