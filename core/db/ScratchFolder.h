#pragma once

#include <QCoreApplication>
#include <QString>

namespace kz {

// A private (0700) folder for plaintext working copies, made beside the database (or the file being
// made) and never anywhere else, so a copy of children's data never reaches a USB stick or /tmp.
// Its files are overwritten before removal, on every path out. The folder's name carries the
// process id: a run that was killed leaves a folder that the next opening recognises and removes.
class ScratchFolder
{
    Q_DECLARE_TR_FUNCTIONS(kz::ScratchFolder)

public:
    // Throws kz::Error (Io) when no folder can be made beside `besideFile`.
    explicit ScratchFolder(const QString& besideFile);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const QString& path() const { return m_path; }
    QString filePath(const QString& name) const;

    // Overwrites a file with zeros, then removes it.
    static void wipe(const QString& file);
    // Removes the scratch folders of runs that no longer live, in the folder of `besideFile`.
    // Returns how many were removed.
    static int removeLeftovers(const QString& besideFile);

private:
    static void wipeFolder(const QString& folder);
    QString m_path;
};

} // namespace kz
