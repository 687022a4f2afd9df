#include "DemoCopy.h"

#include "Clock.h"
#include "demo/DemoDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <stdexcept>

namespace kz::test {

void copyDemo(const QString& path)
{
    // A new build of the binary (the demo code may have changed) or another date gets its own template.
    const QFileInfo binary(QCoreApplication::applicationFilePath());
    const QString folder = binary.absolutePath() + QStringLiteral("/demo-templates");
    QDir().mkpath(folder);
    const QString name = QStringLiteral("%1-%2-%3.db")
                             .arg(binary.fileName())
                             .arg(binary.lastModified().toSecsSinceEpoch())
                             .arg(Clock::today().toString(Qt::ISODate));
    const QString templatePath = folder + QLatin1Char('/') + name;
    if (!QFileInfo::exists(templatePath)) {
        // Built aside and renamed into place, so a test running in parallel never copies half a file.
        QTemporaryDir scratch(folder + QStringLiteral("/building-XXXXXX"));
        const QString built = scratch.filePath(QStringLiteral("demo.db"));
        DemoDatabase::create(built);
        QFile::rename(built, templatePath); // another test may have won the race: its copy is the same
    }
    if (!QFile::copy(templatePath, path))
        throw std::runtime_error("could not copy the demo template to " + path.toStdString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace kz::test
