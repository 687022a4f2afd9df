#include "LogFile.h"

#include "Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(kzGui, "kindzicht.gui")

namespace kz {

namespace {

QMutex mutex;
QString logPath;
QtMessageHandler previousHandler = nullptr;

void append(const QString& path, const QString& line)
{
    if (QFileInfo(path).size() > LogFile::maximumSize) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return; // a log that cannot be written must not take the program down with it
    if (created)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(line.toUtf8());
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, kzGui().categoryName()) == 0) {
        const QMutexLocker locker(&mutex);
        if (!logPath.isEmpty())
            append(logPath,
                   QStringLiteral("%1 %2 %3\n")
                       .arg(Clock::nowUtc().toString(Qt::ISODate), QLatin1String(levelName(type)), message));
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

QString LogFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("kindzicht.log"));
}

void LogFile::open(const QString& path)
{
    const QMutexLocker locker(&mutex);
    logPath = path;
    static const bool installed = [] {
        previousHandler = qInstallMessageHandler(handleMessage);
        return true;
    }();
    Q_UNUSED(installed);
}

QString LogFile::path()
{
    const QMutexLocker locker(&mutex);
    return logPath;
}

} // namespace kz
