#include "SqlQuery.h"

#include "Database.h"
#include "Error.h"

#include <QSqlError>

namespace kz {

namespace {

[[noreturn]] void fail(const QSqlQuery& query, const QString& sql)
{
    throw Error(Error::Kind::Database, Database::tr("The database could not complete the request."),
                query.lastError().text() + QStringLiteral(" [") + sql + QStringLiteral("]"));
}

} // namespace

SqlQuery::SqlQuery(const Database& db, const QString& sql)
    : m_query(db.connection())
    , m_sql(sql)
{
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
    if (!m_query.exec())
        fail(m_query, m_sql);
    return *this;
}

void SqlQuery::run(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
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
