#include "DatabaseAddress.h"

#include "Error.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace kz {

namespace {

bool looksLikeServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

DatabaseAddress DatabaseAddress::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw Error(Error::Kind::Validation, tr("No database was given."));
    if (looksLikeServer(trimmed))
        return parseServer(trimmed);
    if (trimmed.contains(QLatin1String("://")))
        throw Error(Error::Kind::Validation,
                    tr("%1 is neither a database file nor a postgresql:// address.").arg(trimmed));
    DatabaseAddress address;
    address.m_filePath = QFileInfo(trimmed).absoluteFilePath();
    return address;
}

DatabaseAddress DatabaseAddress::parseServer(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&text](const QString& why) {
        return Error(Error::Kind::Validation, tr("The server address %1 is not valid: %2").arg(text, why));
    };
    if (!url.isValid())
        throw invalid(url.errorString());
    if (!url.password().isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("Leave the password out of the server address: Kindzicht asks for it, so it is "
                       "not kept in settings or in the shell's history."));
    DatabaseAddress address;
    address.m_engine = Engine::PostgreSql;
    address.m_user = url.userName();
    address.m_host = url.host();
    address.m_databaseName = url.path().mid(1);
    if (address.m_databaseName.isEmpty() || address.m_databaseName.contains(QLatin1Char('/')))
        throw invalid(tr("it names no database (postgresql://user@host/database)"));
    const int port = url.port(5432);
    if (port < 1 || port > 65535)
        throw invalid(tr("the port must be a number from 1 to 65535"));
    address.m_port = port;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            address.m_host = value; // a unix socket's folder, e.g. /var/run/postgresql
        else if (key == QLatin1String("sslmode") && sslModes.contains(value))
            address.m_sslMode = value;
        else if (key == QLatin1String("sslmode"))
            throw invalid(tr("sslmode must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
        else
            throw invalid(tr("Kindzicht does not know the option %1").arg(key));
    }
    if (address.m_host.isEmpty())
        throw invalid(tr("it names no server (postgresql://user@host/database)"));
    return address;
}

DatabaseAddress DatabaseAddress::server(const QString& user, const QString& host, int port,
                                        const QString& databaseName, const QString& sslMode)
{
    if (host.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("Enter the server's name or address."));
    if (databaseName.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("Enter the name of the database on the server."));
    if (user.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("Enter your user name on the server."));
    if (port < 1 || port > 65535)
        throw Error(Error::Kind::Validation, tr("The port must be a number from 1 to 65535."));
    if (!sslMode.isEmpty() && !sslModes.contains(sslMode))
        throw Error(Error::Kind::Validation,
                    tr("sslmode must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
    DatabaseAddress address;
    address.m_engine = Engine::PostgreSql;
    address.m_user = user.trimmed();
    address.m_host = host.trimmed();
    address.m_port = port;
    address.m_databaseName = databaseName.trimmed();
    address.m_sslMode = sslMode;
    // What the form gives must read back the same from the URI that is remembered.
    return parse(address.toString());
}

QString DatabaseAddress::displayName() const
{
    if (!isServer())
        return QFileInfo(m_filePath).fileName();
    const QString where = m_host.startsWith(QLatin1Char('/')) ? tr("this computer") : m_host;
    return tr("%1 on %2").arg(m_databaseName, where);
}

QString DatabaseAddress::connectOptions() const
{
    // A server that vanishes without closing the connection (a network gone) is noticed within
    // about 25 seconds instead of the system's minutes: keepalives, and a limit on unanswered sends.
    QStringList options = {QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=kindzicht"),
                           QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
                           QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=25000")};
    if (!m_sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + m_sslMode);
    return options.join(QLatin1Char(';'));
}

QString DatabaseAddress::toString() const
{
    if (!isServer())
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    url.setHost(socket ? QStringLiteral("localhost") : m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), m_host);
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace kz
