#include "SqlQuery.h"

#include "Database.h"
#include "Error.h"

#include <QSqlError>

namespace kz {

namespace {

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
        return Database::tr("The disk is full: the database could not be written. Make room in the database's "
                            "folder and try again; nothing was changed.");
    case ReadOnly:
        return Database::tr("The database is read-only here; nothing was changed.");
    case IoError:
    case CantOpen:
        return Database::tr("The disk failed while the database was being read or written; nothing was changed.");
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

} // namespace

SqlQuery::SqlQuery(const Database& db, const QString& sql)
    : m_query(db.connection())
    , m_sql(sql)
    , m_count(&db.m_statementCount)
{
    ++m_count->prepared;
    if (!m_query.prepare(sql))
        fail(m_query, m_sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString is text that happens to be empty; SQL NULL is asked for with an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    ++m_count->executed;
    if (!m_query.exec())
        fail(m_query, m_sql);
    return *this;
}

void SqlQuery::run(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    ++db.m_statementCount.prepared;
    ++db.m_statementCount.executed;
    if (!query.exec(sql))
        fail(query, sql);
}

std::optional<QVariant> SqlQuery::scalar()
{
    exec();
    if (!m_query.next())
        return std::nullopt;
    return m_query.value(0);
}

} // namespace kz
