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
        QStringLiteral(
            "INSERT OR IGNORE INTO areas (name, parent) SELECT DISTINCT c.neighbourhood, l.district "
            "FROM children c JOIN groups g ON g.id = c.group_id JOIN locations l ON l.id = g.location_id "
            "WHERE c.neighbourhood <> ''"),
        QStringLiteral("INSERT OR IGNORE INTO areas (name) SELECT DISTINCT area FROM partner_service_areas"),
        QStringLiteral("INSERT OR IGNORE INTO partner_categories (code, label_nl, label_en, domain_id) "
                       "VALUES ('other', 'Overig', 'Other', NULL)"),
        // Which kinds of help answer which need domain; a domain can have several, and so can a kind.
        QStringLiteral(R"(CREATE TABLE partner_category_domains (
            category_id INTEGER NOT NULL REFERENCES partner_categories(id),
            domain_id INTEGER NOT NULL REFERENCES domains(id),
            PRIMARY KEY (category_id, domain_id)))"),
        QStringLiteral("INSERT INTO partner_category_domains (category_id, domain_id) "
                       "SELECT id, domain_id FROM partner_categories WHERE domain_id IS NOT NULL"),
        QStringLiteral(R"(INSERT OR IGNORE INTO partner_category_domains (category_id, domain_id)
            SELECT c.id, d.id FROM partner_categories c JOIN domains d ON (c.code, d.code) IN (VALUES
                ('youth_family', 'social_emotional'), ('youth_family', 'behaviour'),
                ('youth_family', 'parent_communication'), ('youth_family', 'home_stimulation'),
                ('early_intervention', 'behaviour'), ('early_intervention', 'language'),
                ('early_intervention', 'play_motor'), ('parenting', 'behaviour'),
                ('parenting', 'parent_communication'), ('parenting', 'family'), ('welfare', 'family'),
                ('language', 'home_stimulation'), ('health', 'play_motor'), ('health', 'basic_needs')))"),
        QStringLiteral("CREATE INDEX partner_service_areas_area ON partner_service_areas(area)"),
    };
}

} // namespace kz
