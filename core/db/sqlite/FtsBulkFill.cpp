#include "FtsBulkFill.h"

#include "Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace kz {

FtsBulkFill::Index FtsBulkFill::observations()
{
    return {QStringLiteral("observations"), QStringLiteral("observations_fts"), QStringLiteral("body"),
            QStringLiteral("observations_fts_insert")};
}

FtsBulkFill::FtsBulkFill(const Database& db, Index index)
    : m_db(db), m_index(std::move(index)), m_transaction(db)
{
    // The trigger's own text, so exactly what the schema defines is put back.
    SqlQuery trigger(m_db,
                     QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"));
    trigger.bind(QStringLiteral(":name"), m_index.trigger);
    m_triggerSql = trigger.scalar().value_or(QVariant()).toString();
    if (m_triggerSql.isEmpty())
        throw Error(Error::Kind::Database, Database::tr("The database could not complete the request."),
                    QStringLiteral("no trigger %1").arg(m_index.trigger));
    SqlQuery last(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + m_index.table);
    m_lastIdBefore = last.scalar().value_or(0).toLongLong();
    SqlQuery::run(m_db, QStringLiteral("DROP TRIGGER ") + m_index.trigger);
}

void FtsBulkFill::finish()
{
    SqlQuery fill(
        m_db, QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE id > :last ORDER BY id")
                  .arg(m_index.fts, m_index.columns, m_index.table));
    fill.bind(QStringLiteral(":last"), m_lastIdBefore).exec();
    SqlQuery::run(m_db, m_triggerSql);
    m_transaction.commit();
}

} // namespace kz
