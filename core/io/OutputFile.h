#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;
class QSaveFile;

namespace kz {

// Every file Kindzicht writes goes through here: the target is checked first (never a folder, a
// device or an SQLite database), the bytes are written through QSaveFile, flushed and checked
// before the commit (Qt 6.4's commit() can miss a failed buffered write on a full disk), and the
// size on disk is compared afterwards. Failures name their cause: disk full, read-only, failing disk.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(kz::OutputFile)

public:
    enum class Access
    {
        Private, // 0600: children's data
        Shared,  // the user's umask: a report without names, the sociale kaart
    };

    static void write(const QString& path, const QByteArray& bytes, Access access = Access::Private);
    // Refuses a folder, a device, a database (the open one included) as the target of an export.
    static void checkTarget(const QString& path);
    // Writes every byte to an open device and flushes it; throws a classified Io error otherwise.
    static void writeAll(QIODevice& device, const QByteArray& bytes, const QString& where);
    // flush(), then commit(), then the size: for a QSaveFile filled elsewhere.
    static void commit(QSaveFile& file, const QString& path, qint64 expectedSize);
    // The user's message for an errno (ENOSPC, EROFS, EACCES, EIO, ...) while writing `path`.
    static Error failure(const QString& path, int errorNumber, const QString& detail);
};

} // namespace kz
