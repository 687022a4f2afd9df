#include "SchemaV14.h"

namespace kz {

QStringList schemaV14Statements()
{
    // The rows a person edits in a dialog (the same list as the server's step 14).
    QStringList statements;
    for (const QString& table :
         {QStringLiteral("children"), QStringLiteral("guardians"), QStringLiteral("support_needs"),
          QStringLiteral("observations"), QStringLiteral("partners")})
        statements
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(table)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_by INTEGER REFERENCES users(id)").arg(table);
    return statements;
}

} // namespace kz
