#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace kz {

namespace {

constexpr char sqliteHeader[] = "SQLite format 3";

bool isSqliteDatabase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(sizeof(sqliteHeader) - 1) == QByteArray(sqliteHeader);
}

// Qt keeps errno from the failing system call; the text is the fallback.
int errorNumberOf(const QFileDevice& device, int savedErrno)
{
    if (savedErrno != 0)
        return savedErrno;
    const QString text = device.errorString();
    if (text.contains(QLatin1String("No space left")))
        return ENOSPC;
    if (text.contains(QLatin1String("Read-only file system")))
        return EROFS;
    if (text.contains(QLatin1String("Permission denied")))
        return EACCES;
    return 0;
}

} // namespace

Error OutputFile::failure(const QString& path, int errorNumber, const QString& detail)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString technical = detail.isEmpty() ? QString::fromLocal8Bit(std::strerror(errorNumber)) : detail;
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return Error(
            Error::Kind::Io,
            tr("The disk is full: %1 could not be written. Make room in %2 and try again.").arg(path, folder),
            technical);
    case EROFS:
        return Error(Error::Kind::Io, tr("%1 is on a read-only disk; nothing was written.").arg(path),
                     technical);
    case EACCES:
    case EPERM:
        return Error(Error::Kind::Io,
                     tr("You may not write in %1 (read-only); nothing was written.").arg(folder), technical);
    case EIO:
        return Error(Error::Kind::Io,
                     tr("The disk failed while %1 was being written; try another disk.").arg(path),
                     technical);
    default:
        return Error(Error::Kind::Io, tr("%1 could not be written.").arg(path), technical);
    }
}

void OutputFile::checkTarget(const QString& path)
{
    if (path.isEmpty())
        throw Error(Error::Kind::Validation, tr("No file was given to write to."));
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(Error::Kind::Validation, tr("%1 is a folder; give a file name.").arg(path));
    if (info.exists() && !info.isFile())
        throw Error(Error::Kind::Validation,
                    tr("%1 is not an ordinary file; nothing was written.").arg(path));
    if (info.exists() && isSqliteDatabase(path))
        throw Error(Error::Kind::Validation,
                    tr("%1 is a database; Kindzicht does not overwrite it with an export.").arg(path));
    const QString name = info.fileName();
    if ((name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"))) &&
        isSqliteDatabase(info.absoluteFilePath().chopped(4)))
        throw Error(Error::Kind::Validation, tr("%1 belongs to a database; choose another name.").arg(path));
}

void OutputFile::writeAll(QIODevice& device, const QByteArray& bytes, const QString& where)
{
    errno = 0;
    qint64 written = device.write(bytes);
    int savedErrno = errno;
    auto* file = qobject_cast<QFileDevice*>(&device);
    if (written == bytes.size() && file) {
        errno = 0;
        if (!file->flush())
            written = -1;
        savedErrno = errno;
    }
    if (written != bytes.size())
        throw failure(where, file ? errorNumberOf(*file, savedErrno) : savedErrno, device.errorString());
}

void OutputFile::commit(QSaveFile& file, const QString& path, qint64 expectedSize)
{
    errno = 0;
    if (!file.flush()) {
        const int savedErrno = errno;
        file.cancelWriting();
        throw failure(path, errorNumberOf(file, savedErrno), file.errorString());
    }
    errno = 0;
    if (!file.commit())
        throw failure(path, errorNumberOf(file, errno), file.errorString());
    if (expectedSize >= 0 && QFileInfo(path).size() != expectedSize)
        throw failure(
            path, ENOSPC,
            QStringLiteral("%1 bytes on disk, %2 expected").arg(QFileInfo(path).size()).arg(expectedSize));
}

void OutputFile::write(const QString& path, const QByteArray& bytes, Access access)
{
    checkTarget(path);
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        throw failure(path, errorNumberOf(file, errno), file.errorString());
    if (access == Access::Private)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    try {
        writeAll(file, bytes, path);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    commit(file, path, bytes.size());
}

} // namespace kz
