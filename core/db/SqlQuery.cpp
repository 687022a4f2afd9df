#include "SqlQuery.h"

#include "Database.h"
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

// SQLite's primary result codes, so each failure class gets its own message.
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

QString messageFor(int code)
{
    switch (code) {
    case Busy:
    case Locked:
        return Database::tr("Another Kindzicht has the database; try again.");
    case Full:
        return Database::tr(
            "The disk is full: the database could not be written. Make room in the database's "
            "folder and try again; nothing was changed.");
    case ReadOnly:
        return Database::tr("The database is read-only here; nothing was changed.");
    case IoError:
    case CantOpen:
        return Database::tr(
            "The disk failed while the database was being read or written; nothing was changed.");
    case Corrupt:
    case NotADatabase:
        return Database::tr("The database file is damaged; restore it from a backup.");
    default:
        return Database::tr("The database could not complete the request.");
    }
}

[[noreturn]] void fail(const QSqlQuery& query, const QString& sql)
{
    const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
    throw Error(Error::Kind::Database, messageFor(code),
                query.lastError().text() + QStringLiteral(" [") + sql + QStringLiteral("]"));
}

bool changesSchema(const QString& sql)
{
    const QString start = sql.trimmed().left(7).toUpper();
    return start.startsWith(QLatin1String("CREATE")) || start.startsWith(QLatin1String("DROP")) ||
           start.startsWith(QLatin1String("ALTER"));
}

} // namespace

SqlQuery::SqlQuery(const Database& db, const QString& sql)
    : m_sql(sql), m_count(&db.m_statementCount), m_cache(db.m_statements)
{
    if (m_cache)
        m_query = m_cache->take(sql);
    if (m_query)
        return;
    m_query = std::make_unique<QSqlQuery>(db.connection());
    m_query->setForwardOnly(true); // no copy of every row in Qt's cache
    ++m_count->prepared;
    if (!m_query->prepare(sql))
        fail(*m_query, m_sql);
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
    if (!m_query->exec())
        fail(*m_query, m_sql);
    return *this;
}

void SqlQuery::run(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    ++db.m_statementCount.prepared;
    ++db.m_statementCount.executed;
    if (!query.exec(sql))
        fail(query, sql);
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
