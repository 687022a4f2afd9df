#include "ScratchFolder.h"

#include "Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace kz {

namespace {

const QString prefix = QStringLiteral(".kindzicht-scratch-");

bool processLives(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

ScratchFolder::ScratchFolder(const QString& besideFile)
{
    const QString folder = QFileInfo(besideFile).absolutePath();
    QTemporaryDir dir(
        QDir(folder).filePath(prefix + QString::number(::getpid()) + QStringLiteral("-XXXXXX")));
    if (!dir.isValid())
        throw Error(Error::Kind::Io, tr("No private working folder could be made in %1.").arg(folder),
                    dir.errorString());
    dir.setAutoRemove(false);
    m_path = dir.path();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

ScratchFolder::~ScratchFolder()
{
    wipeFolder(m_path);
}

QString ScratchFolder::filePath(const QString& name) const
{
    return QDir(m_path).filePath(name);
}

void ScratchFolder::wipe(const QString& file)
{
    QFile f(file);
    if (f.open(QIODevice::ReadWrite)) {
        constexpr qint64 chunk = 64 * 1024;
        const QByteArray zeros(chunk, '\0');
        for (qint64 left = f.size(); left > 0; left -= chunk)
            if (f.write(zeros.constData(), std::min(left, chunk)) < 0)
                break;
        f.close();
    }
    QFile::remove(file);
}

void ScratchFolder::wipeFolder(const QString& folder)
{
    QDir dir(folder);
    if (!dir.exists())
        return;
    for (const QFileInfo& entry : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
        wipe(entry.absoluteFilePath());
    dir.removeRecursively();
}

int ScratchFolder::removeLeftovers(const QString& besideFile)
{
    static const QRegularExpression name(QStringLiteral("^\\.kindzicht-scratch-(\\d+)-"));
    const QDir folder(QFileInfo(besideFile).absolutePath());
    int removed = 0;
    for (const QFileInfo& entry :
         folder.entryInfoList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden)) {
        const QRegularExpressionMatch match = name.match(entry.fileName());
        if (!match.hasMatch() || processLives(match.captured(1).toLongLong()))
            continue;
        wipeFolder(entry.absoluteFilePath());
        ++removed;
    }
    return removed;
}

} // namespace kz
