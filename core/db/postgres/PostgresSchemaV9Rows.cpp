#include "PostgresSchemaV9Tables.h"

namespace kz {

// The rows a new database starts with, as SQLite's steps 1 and 5 left them: the development
// domains, the kinds of help in the sociale kaart and which kinds answer which domain.
QStringList postgresSchemaV9Rows()
{
    return {
        QStringLiteral(R"(INSERT INTO domains (code, label_nl, label_en, sort_order) VALUES
            ('language', 'Taal en spraak', 'Language and speech', 10),
            ('social_emotional', 'Sociaal-emotioneel', 'Social and emotional', 20),
            ('play_motor', 'Spel en motoriek', 'Play and motor skills', 30),
            ('home_stimulation', 'Stimulering thuis', 'Stimulation at home', 40),
            ('basic_needs', 'Zorgen om basisvoorzieningen', 'Concerns about basic needs', 50),
            ('family', 'Gezinssituatie', 'Family situation', 60),
            ('parent_communication', 'Communicatie met ouders', 'Communication with parents', 70),
            ('behaviour', 'Gedrag', 'Behaviour', 80),
            ('other', 'Overig', 'Other', 90))"),
        QStringLiteral(R"(INSERT INTO partner_categories (code, label_nl, label_en, domain_id) VALUES
            ('youth_family', 'Jeugd en gezin', 'Youth and family', (SELECT id FROM domains WHERE code = 'family')),
            ('language', 'Taal en lezen', 'Language and reading', (SELECT id FROM domains WHERE code = 'language')),
            ('speech_therapy', 'Logopedie', 'Speech therapy', (SELECT id FROM domains WHERE code = 'language')),
            ('early_intervention', 'Vroeghulp', 'Early intervention', (SELECT id FROM domains WHERE code = 'social_emotional')),
            ('education_support', 'Passend onderwijs', 'Inclusive education', (SELECT id FROM domains WHERE code = 'other')),
            ('school', 'School', 'School', NULL),
            ('welfare', 'Welzijn en armoede', 'Welfare and poverty', (SELECT id FROM domains WHERE code = 'basic_needs')),
            ('culture_play', 'Cultuur en spel', 'Culture and play', (SELECT id FROM domains WHERE code = 'play_motor')),
            ('parenting', 'Opvoedondersteuning', 'Parenting support', (SELECT id FROM domains WHERE code = 'home_stimulation')),
            ('health', 'Jeugdgezondheidszorg', 'Child health care', (SELECT id FROM domains WHERE code = 'other')),
            ('network', 'Netwerk en overleg', 'Network and consultation', NULL))"),
        QStringLiteral("INSERT INTO partner_categories (code, label_nl, label_en, domain_id) "
                       "VALUES ('other', 'Overig', 'Other', NULL)"),
        QStringLiteral("INSERT INTO partner_category_domains (category_id, domain_id) "
                       "SELECT id, domain_id FROM partner_categories WHERE domain_id IS NOT NULL"),
        QStringLiteral(R"(INSERT INTO partner_category_domains (category_id, domain_id)
            SELECT c.id, d.id FROM partner_categories c JOIN domains d ON (c.code, d.code) IN (VALUES
                ('youth_family', 'social_emotional'), ('youth_family', 'behaviour'),
                ('youth_family', 'parent_communication'), ('youth_family', 'home_stimulation'),
                ('early_intervention', 'behaviour'), ('early_intervention', 'language'),
                ('early_intervention', 'play_motor'), ('parenting', 'behaviour'),
                ('parenting', 'parent_communication'), ('parenting', 'family'), ('welfare', 'family'),
                ('language', 'home_stimulation'), ('health', 'play_motor'), ('health', 'basic_needs'))
            ON CONFLICT DO NOTHING)"),
    };
}

} // namespace kz
