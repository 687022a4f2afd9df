#include "SqlQuery.h"

#include "Database.h"
#include "Dialect.h"
#include "Error.h"
#include "StatementCache.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace kz {

namespace {

// Off by default: QT_LOGGING_RULES="kindzicht.sql.debug=true" logs each statement's time from
// execution to the end of reading, with its SQL text (placeholders only, never values).
Q_LOGGING_CATEGORY(sqlLog, "kindzicht.sql", QtWarningMsg)

void logTime(const QElapsedTimer& timer, const QString& sql)
{
    if (!timer.isValid() || !sqlLog().isDebugEnabled())
        return;
    const QString oneLine = sql.simplified();
    qCDebug(sqlLog).noquote() << QStringLiteral("%1 ms").arg(static_cast<double>(timer.nsecsElapsed()) / 1e6,
                                                             8, 'f', 2)
                              << oneLine.left(160);
}

QString messageFor(Dialect::Failure failure)
{
    using Failure = Dialect::Failure;
    switch (failure) {
    case Failure::Busy:
        return Database::tr("Another Kindzicht has the database; try again.");
    case Failure::Clash:
        return Database::tr("Someone else changed the same data at the same moment; nothing was changed. "
                            "Try again.");
    case Failure::Full:
        return Database::tr(
            "The disk is full: the database could not be written. Make room in the database's "
            "folder and try again; nothing was changed.");
    case Failure::ReadOnly:
        return Database::tr("The database is read-only here; nothing was changed.");
    case Failure::NotAllowed:
        return Database::tr("Your account on the database server may not do this; nothing was changed. "
                            "Ask whoever runs the server.");
    case Failure::Disk:
        return Database::tr(
            "The disk failed while the database was being read or written; nothing was changed.");
    case Failure::Damaged:
        return Database::tr("The database file is damaged; restore it from a backup.");
    case Failure::Duplicate:
        return Database::tr("This is in the database already; nothing was changed.");
    case Failure::BrokenReference:
        return Database::tr("This refers to something that is not in the database (any more), or something "
                            "else still refers to it; nothing was changed.");
    case Failure::BrokenRule:
        return Database::tr("The database refused this change: it breaks one of its rules; nothing was "
                            "changed.");
    case Failure::ConnectionLost:
        return Database::tr("The connection to the database server was lost; try again. If it keeps "
                            "happening, ask whoever runs the server.");
    case Failure::Other:
        break;
    }
    return Database::tr("The database could not complete the request.");
}

// The engine's dialect sorts its own error codes; the detail keeps the driver's words and the SQL
// (placeholders only, never values).
[[noreturn]] void fail(const Database& db, const QSqlQuery& query, const QString& sql)
{
    const QSqlError error = query.lastError();
    throw Error(Error::Kind::Database,
                messageFor(db.connectionLost(error) ? Dialect::Failure::ConnectionLost
                                                    : db.dialect().failureOf(error)),
                error.text() + QStringLiteral(" [") + sql + QStringLiteral("]"));
}

bool changesSchema(const QString& sql)
{
    const QString start = sql.trimmed().left(7).toUpper();
    return start.startsWith(QLatin1String("CREATE")) || start.startsWith(QLatin1String("DROP")) ||
           start.startsWith(QLatin1String("ALTER"));
}

} // namespace

SqlQuery::SqlQuery(const Database& db, const QString& sql)
    : m_db(&db), m_sql(sql), m_count(&db.m_statementCount), m_cache(db.m_statements)
{
    if (m_cache)
        m_query = m_cache->take(sql);
    if (m_query)
        return;
    if (!prepare() && !(m_db->reconnectAfter(m_query->lastError()) && prepare()))
        fail(*m_db, *m_query, m_sql);
}

bool SqlQuery::prepare()
{
    m_cache = m_db->m_statements; // a new connection has a cache of its own
    m_query = std::make_unique<QSqlQuery>(m_db->connection());
    m_query->setForwardOnly(true); // no copy of every row in Qt's cache
    ++m_count->prepared;
    return m_query->prepare(m_sql);
}

SqlQuery::~SqlQuery()
{
    if (!m_query)
        return;
    logTime(m_timer, m_sql);
    // A statement left mid-result keeps SQLite's read transaction open: reset it before keeping it.
    m_query->finish();
    m_query->setForwardOnly(true);
    if (m_cache)
        m_cache->giveBack(m_sql, std::move(m_query));
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString is text that happens to be empty; SQL NULL is asked for with an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query->bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    ++m_count->executed;
    if (sqlLog().isDebugEnabled())
        m_timer.start();
    if (m_query->exec())
        return *this;
    if (!m_db->reconnectAfter(m_query->lastError()))
        fail(*m_db, *m_query, m_sql);
    // Once more on the new connection, with the same values in the same places.
    const QVariantList values = m_query->boundValues();
    if (!prepare())
        fail(*m_db, *m_query, m_sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query->bindValue(static_cast<int>(i), values.at(i));
    ++m_count->executed;
    if (!m_query->exec())
        fail(*m_db, *m_query, m_sql);
    return *this;
}

void SqlQuery::run(const Database& db, const QString& sql)
{
    for (bool retried = false;; retried = true) {
        QSqlQuery query(db.connection());
        ++db.m_statementCount.prepared;
        ++db.m_statementCount.executed;
        if (query.exec(sql))
            break;
        if (retried || !db.reconnectAfter(query.lastError()))
            fail(db, query, sql);
    }
    if (changesSchema(sql))
        db.clearStatementCache();
}

qint64 SqlQuery::insertedId()
{
    if (!m_query->next())
        throw Error(Error::Kind::Database, Database::tr("The database could not complete the request."),
                    QStringLiteral("no id returned [") + m_sql + QStringLiteral("]"));
    const qint64 id = m_query->value(0).toLongLong();
    m_query->finish();
    return id;
}

std::optional<QVariant> SqlQuery::scalar()
{
    exec();
    if (!m_query->next())
        return std::nullopt;
    QVariant first = m_query->value(0);
    m_query->finish(); // one row is all that is read: no read lock kept until destruction
    return first;
}

} // namespace kz
