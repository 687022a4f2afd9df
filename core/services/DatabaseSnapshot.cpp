#include "DatabaseSnapshot.h"

#include "DatabaseCopy.h"
#include "Error.h"
#include "db/Database.h"
#include "db/Dialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kz {

QString DatabaseSnapshot::workingPlaceFor(const Database& db)
{
    if (!db.dialect().isServer())
        return db.path();
    const QString place = Database::defaultPath();
    const QString folder = QFileInfo(place).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Io, Database::tr("The folder %1 could not be created.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return place;
}

DatabaseSnapshot::DatabaseSnapshot(const Database& db)
{
    const QString place = workingPlaceFor(db);
    ScratchFolder::removeLeftovers(place); // those of a run that was killed
    m_scratch = std::make_unique<ScratchFolder>(place);
    m_file = m_scratch->filePath(QStringLiteral("snapshot.db"));
    if (db.dialect().isServer())
        DatabaseCopy::snapshotInto(db, m_file);
    else
        db.dialect().snapshotInto(db, m_file); // a consistent copy while others keep working
}

} // namespace kz
