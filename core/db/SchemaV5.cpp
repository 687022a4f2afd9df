#include "SchemaV5.h"

namespace kz {

QStringList schemaV5Statements()
{
    return {
        QStringLiteral("ALTER TABLE partners ADD COLUMN country TEXT NOT NULL DEFAULT 'NL'"),
        QStringLiteral("ALTER TABLE partners ADD COLUMN services TEXT NOT NULL DEFAULT ''"),
        // A wijk names its stadsdeel as parent, a stadsdeel its city; a city has none.
        QStringLiteral(R"(CREATE TABLE areas (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            parent TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("INSERT OR IGNORE INTO areas (name, parent) SELECT DISTINCT c.neighbourhood, l.district "
                       "FROM children c JOIN groups g ON g.id = c.group_id JOIN locations l ON l.id = g.location_id "
                       "WHERE c.neighbourhood <> ''"),
        QStringLiteral("INSERT OR IGNORE INTO areas (name) SELECT DISTINCT area FROM partner_service_areas"),
        QStringLiteral("INSERT OR IGNORE INTO partner_categories (code, label_nl, label_en, domain_id) "
                       "VALUES ('other', 'Overig', 'Other', NULL)"),
        QStringLiteral("CREATE INDEX partner_service_areas_area ON partner_service_areas(area)"),
    };
}

} // namespace kz
