#pragma once

#include <QString>
#include <QTemporaryDir>

// A throwaway PostgreSQL server of one test's own (tests/postgres/throwaway-server.sh), which the
// test may stop and start again as a real outage, without touching the run's shared server that
// other tests use meanwhile. It is removed when the object goes, also when the test failed.
class OwnPostgresServer
{
public:
    OwnPostgresServer();
    ~OwnPostgresServer();
    OwnPostgresServer(const OwnPostgresServer&) = delete;
    OwnPostgresServer& operator=(const OwnPostgresServer&) = delete;

    bool started() const { return !m_socket.isEmpty(); }
    // Its socket folder (empty when it could not start); the same after stop() and start().
    const QString& socket() const { return m_socket; }
    // What the script said when something failed.
    const QString& error() const { return m_error; }
    // `pg_ctl stop -m fast`: every connection ends, the socket goes, the data folder stays.
    bool stop();
    // Starts the same data folder on the same socket folder again.
    bool start();

private:
    bool script(const QString& action);

    QTemporaryDir m_run;
    QString m_socket;
    QString m_error;
};
