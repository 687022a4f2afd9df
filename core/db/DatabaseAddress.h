#pragma once

#include <QCoreApplication>
#include <QString>

namespace kz {

// Where a Kindzicht database lives, as given to --database: an SQLite file (the default, one
// location on one computer) or an organisation's PostgreSQL server, written as a URI:
//   postgresql://user@host[:port]/dbname[?host=/socket/dir&sslmode=verify-full]
// A password is never part of an address: it is asked for, so no settings file or shell history
// keeps it.
class DatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(kz::DatabaseAddress)

public:
    enum class Engine
    {
        SqliteFile,
        PostgreSql,
    };

    // Reads what the user gave. Throws kz::Error (Validation) with a message that names the
    // mistake: a URI with a password, an unknown scheme or sslmode, no database name, a bad port.
    static DatabaseAddress parse(const QString& text);
    // A server's address from its parts, as a form asks for them; checked as parse() checks a URI.
    // `host` is a name, an address or a unix socket's folder; an empty sslMode leaves libpq's default.
    static DatabaseAddress server(const QString& user, const QString& host, int port,
                                  const QString& databaseName, const QString& sslMode);

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSql; }
    // The SQLite file, absolute; empty for a server.
    const QString& filePath() const { return m_filePath; }
    const QString& user() const { return m_user; }
    // A host name, an address, or the folder of a unix socket.
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& databaseName() const { return m_databaseName; }
    const QString& sslMode() const { return m_sslMode; }
    // QPSQL's connect options (sslmode, a connect timeout, the application's name).
    QString connectOptions() const;
    // The address as it can be shown and remembered: the file, or the URI (it holds no password).
    QString toString() const;
    // Short, for a title or the status bar: the file's name, or "database on host".
    QString displayName() const;

private:
    static DatabaseAddress parseServer(const QString& text);

    Engine m_engine = Engine::SqliteFile;
    QString m_filePath;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_sslMode;
};

} // namespace kz
