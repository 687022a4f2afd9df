#include "OwnPostgresServer.h"

#include <QFile>
#include <QProcess>

OwnPostgresServer::OwnPostgresServer()
{
    if (!script(QStringLiteral("start")))
        return;
    QFile ready(m_run.filePath(QStringLiteral("server/ready")));
    if (!ready.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("The script started no server: PostgreSQL 15 is not installed?");
        return;
    }
    m_socket = QString::fromUtf8(ready.readAll()).trimmed();
}

OwnPostgresServer::~OwnPostgresServer()
{
    script(QStringLiteral("stop")); // also removes its folder under /tmp
}

bool OwnPostgresServer::stop()
{
    return script(QStringLiteral("down"));
}

bool OwnPostgresServer::start()
{
    return script(QStringLiteral("up"));
}

bool OwnPostgresServer::script(const QString& action)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), {QStringLiteral(KINDZICHT_THROWAWAY_SERVER), action,
                                           m_run.filePath(QStringLiteral("server"))});
    const bool done = process.waitForFinished(30'000) && process.exitStatus() == QProcess::NormalExit &&
                      process.exitCode() == 0;
    if (!done)
        m_error = action + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll());
    return done;
}
