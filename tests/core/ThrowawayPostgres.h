#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kz {
class Database;
}

// The throwaway PostgreSQL server of this test run (tests/postgres/throwaway-server.sh, started by
// a CTest fixture) and connections to databases on it, for the tests of the server engine.
namespace kz::test {

// The socket folder of this run's server, or nullopt when the run has none (or no QPSQL driver).
std::optional<QString> postgresSocket();
// The server's log and its data folder (the cluster), in the socket folder (throwaway-server.sh).
QString postgresServerLog(const QString& socket);
QString postgresDataFolder(const QString& socket);
// Why a test without a server is skipped, or that it must fail (KINDZICHT_REQUIRE_POSTGRES=1).
bool postgresRequired();
QString postgresMissingMessage();

// Makes `login` give `password` to connect, as on a real server: the run's server trusts every
// role except the members of kz_password_users (throwaway-server.sh). Empty when done, else why not.
QString requirePassword(const QString& socket, const QString& login, const QString& password);

// Gives `login` (made when missing: logins are the whole server's, and another test may have made
// it) the everyday rights on the tables of the database `owner` is connected to, as a person's own
// login has them on a real server, with row-level security deciding which rows she sees.
void grantEverydayLogin(const kz::Database& owner, const QString& login);

// One QPSQL connection as the server's superuser; closed and removed when it goes.
class PostgresConnection
{
public:
    PostgresConnection(const QString& socket, const QString& databaseName);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    bool open() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase database() const;
    // The first column of the first row, or "error: …".
    QString scalar(const QString& sql) const;
    // Runs one statement; the error text, or an empty string when it worked.
    QString run(const QString& sql) const;

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// A database of its own on the server for one test, dropped afterwards. Empty, or a copy of the
// run's migrated template (made once per server and schema, see migratedTemplate()), so each test
// starts at the current schema without running every migration again.
class ScratchPostgresDatabase
{
public:
    enum class Start
    {
        Empty,
        Migrated,
    };
    explicit ScratchPostgresDatabase(const QString& socket, Start start = Start::Empty);
    ~ScratchPostgresDatabase();
    ScratchPostgresDatabase(const ScratchPostgresDatabase&) = delete;
    ScratchPostgresDatabase& operator=(const ScratchPostgresDatabase&) = delete;
    const QString& name() const { return m_name; }
    bool created() const { return m_created; }

private:
    QString m_socket;
    QString m_name;
    bool m_created = false;
};

// The name of a database on the server at the current schema, made by the first caller of a run
// (under an advisory lock, so parallel tests wait for one another) and kept for the next ones; its
// name carries a hash of the migrations, so a changed step makes a new one. Empty when it failed.
QString migratedTemplate(const QString& socket);

} // namespace kz::test

// Skips the test without a server, or fails it where the server is required.
#define KZ_REQUIRE_POSTGRES(socket)                                                                          \
    const std::optional<QString> socket = kz::test::postgresSocket();                                        \
    if (!socket) {                                                                                           \
        if (kz::test::postgresRequired())                                                                    \
            FAIL() << qPrintable(kz::test::postgresMissingMessage());                                        \
        GTEST_SKIP() << qPrintable(kz::test::postgresMissingMessage());                                      \
    }
