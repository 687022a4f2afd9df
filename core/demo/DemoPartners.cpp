#include "DemoPartners.h"

#include "services/KnownAreas.h"

namespace kz {

namespace {

struct Row
{
    const char* name;
    const char* category;
    const char* address;
    const char* postcode;
    const char* areas; // ';' separated
    int minimumAge;
    int maximumAge;
    const char* audience;
    const char* languages;
    const char* description;
    const char* email;
    int verifiedMonthsAgo;
};

const Row rows[] = {
    {"CJG Haagse Hout", "youth_family", "Carpentierstraat 56", "",
     "Haagse Hout;Bezuidenhout;Benoordenhout;Mariahoeve & Marlot", 0, 18, "children,parents,professionals",
     "Nederlands,Engels",
     "Centrum voor Jeugd en Gezin voor het hele stadsdeel: vragen over gezondheid, opvoeden en ontwikkeling. "
     "Geeft de indicatie voor voorschoolse educatie (VE).",
     "", 2},
    {"RondomJou buurtteam Jeugd en Gezin Haagse Hout", "youth_family", "Carpentierstraat 56", "",
     "Haagse Hout;Bezuidenhout;Benoordenhout;Mariahoeve & Marlot", 0, 18, "children,parents", "Nederlands",
     "Jeugd- en gezinshulp vanuit het buurtteam, gevestigd bij het CJG; preventieve overleggen met partners "
     "uit zorg en welzijn.",
     "", 3},
    {"SPPOH - Samenwerkingsverband Passend Primair Onderwijs Haaglanden", "education_support", "", "",
     "Haagse Hout;Segbroek", 3, 12, "professionals,parents", "Nederlands",
     "Adviseurs passend en inclusief onderwijs; kunnen vanaf 3,5 jaar aansluiten bij een MDO over de start "
     "op school. "
     "Ook de startklas in Segbroek.",
     "", 4},
    {"Bibliotheek Haagse Hout", "language", "Theresiastraat 195", "",
     "Haagse Hout;Bezuidenhout;Mariahoeve & Marlot", 0, 99, "children,parents", "Nederlands,Engels",
     "Voorlezen, taalactiviteiten en een plek om elkaar te ontmoeten.", "", 1},
    {"Bibliotheek Benoordenhout", "language", "Wassenaarseweg 220", "", "Benoordenhout", 0, 99,
     "children,parents", "Nederlands,Engels",
     "Vestiging van de bibliotheek in Benoordenhout: voorleesmomenten voor peuters.", "", 8},
    {"Integrale Vroeghulp Regio Den Haag (MEE ZHN)", "early_intervention", "", "", "Haagse Hout;Segbroek", 0,
     7, "children,parents,professionals", "Nederlands",
     "Multidisciplinair team (jeugdarts, orthopedagoog, psycholoog, logopedist) voor vroege signalering en "
     "vroeghulp bij jonge kinderen.",
     "", 2},
    {"VoorleesExpress Haagse Hout (Stichting Jess)", "language", "", "",
     "Haagse Hout;Mariahoeve & Marlot;Bezuidenhout", 2, 8, "children,parents", "Nederlands",
     "Een vrijwilliger komt een half jaar lang wekelijks thuis voorlezen en taalspelletjes doen met het "
     "gezin.",
     "", 5},
    {"CultuurSchakel", "culture_play", "", "", "Den Haag;Haagse Hout;Segbroek", 2, 18,
     "professionals,children", "Nederlands",
     "Kunst en cultuur voor de brede ontwikkeling van peuters in de kinderopvang en VE, met middelen "
     "en begeleiding op maat.",
     "", 9},
    {"Wijkz Servicepunt XL Mariahoeve", "welfare", "Ivoorhorst 155", "", "Mariahoeve & Marlot", 0, 99,
     "parents,children", "Nederlands,Arabisch,Turks",
     "Hulp, advies en activiteiten: maatschappelijk werk, cliëntondersteuning, opbouwwerk en vrijwilligers.",
     "", 1},
    {"Wijkz Bezuidenhout", "welfare", "", "", "Bezuidenhout", 0, 99, "parents,children", "Nederlands",
     "Wijkcentrum met maatschappelijk werk en activiteiten voor jong en oud.", "", 7},
    {"Wijkz Bezuidenhout-West", "welfare", "", "", "Bezuidenhout", 0, 99, "parents,children", "Nederlands",
     "Wijkcentrum in Bezuidenhout-West.", "", 12},
    {"Kentalis", "speech_therapy", "", "", "Segbroek;Haagse Hout", 0, 18, "children,parents,professionals",
     "Nederlands", "Expertise bij taalontwikkelingsstoornissen, slechthorendheid en communicatie.", "", 3},
    {"Logopedie Segbroek", "speech_therapy", "", "", "Segbroek;Regentesse- en Valkenboskwartier;Heesterbuurt",
     2, 18, "children,parents", "Nederlands", "Logopedie voor peuters en kleuters; er is een wachtlijst.", "",
     2},
    {"CJ4 jeugdverpleegkundigen Segbroek", "health", "", "", "Segbroek", 0, 4, "children,parents",
     "Nederlands", "Jeugdgezondheidszorg voor het jonge kind; contactmomenten en opvoedadvies.", "", 4},
    {"CJ4 oudercursus Peuter in zicht", "parenting", "", "", "Segbroek", 1, 4, "parents", "Nederlands",
     "Oudercursus voor ouders van peuters, samen met de kinderopvang in Segbroek.", "", 6},
    {"Bibliotheek Segbroek", "language", "", "", "Segbroek", 0, 99, "children,parents", "Nederlands",
     "Voorlezen en taalactiviteiten in Segbroek.", "", 2},
    {"CJG Segbroek", "youth_family", "", "",
     "Segbroek;Bomen- en Bloemenbuurt;Heesterbuurt;Regentesse- en Valkenboskwartier;Vogelwijk;Vruchtenbuurt",
     0, 18, "children,parents,professionals", "Nederlands", "Centrum voor Jeugd en Gezin in het kindcentrum.",
     "", 11},
    {"Collectief Kindontwikkeling", "network", "", "", "Segbroek", 0, 13, "professionals", "Nederlands",
     "Dak kindercentra en Kinderopvang 2Samen: organiseren het overleg kindontwikkeling per wijk.",
     "partners@collectiefkindontwikkeling.nl", 1},
    {"Montessorischool Waalsdorp", "school", "", "", "Benoordenhout", 4, 12, "children", "Nederlands",
     "Basisschool.", "", 5},
    {"Paschalisschool", "school", "", "", "Benoordenhout", 4, 12, "children", "Nederlands", "Basisschool.",
     "", 5},
    {"Oranje Nassauschool", "school", "", "", "Benoordenhout", 4, 12, "children", "Nederlands",
     "Basisschool voor christelijk onderwijs.", "", 5},
    {"Openbare basisschool Benoordenhout", "school", "", "", "Benoordenhout", 4, 12, "children", "Nederlands",
     "Openbare basisschool.", "", 5},
    {"HSV International Primary School", "school", "", "", "Benoordenhout", 4, 12, "children",
     "Engels,Nederlands", "International primary school.", "", 5},
    {"Bernardusschool SO", "school", "", "", "Benoordenhout;Haagse Hout", 4, 13, "children", "Nederlands",
     "School voor speciaal onderwijs.", "", 5},
    {"Nutsschool Bezuidenhout", "school", "", "", "Bezuidenhout", 4, 12, "children", "Nederlands",
     "Basisschool.", "", 4},
    {"Rooms-katholieke basisschool Liduina", "school", "", "", "Bezuidenhout", 4, 12, "children",
     "Nederlands", "Basisschool.", "", 4},
    {"Louise de Coligny", "school", "", "", "Bezuidenhout", 4, 12, "children", "Nederlands", "Basisschool.",
     "", 4},
    {"Kindcentrum Wondersteboven", "school", "", "", "Bezuidenhout", 0, 12, "children,parents", "Nederlands",
     "Kindcentrum: onderwijs en opvang onder één dak.", "", 4},
    {"Katholieke basisschool John F. Kennedy", "school", "", "", "Mariahoeve & Marlot", 4, 12, "children",
     "Nederlands", "Basisschool.", "", 3},
    {"Openbare basisschool De Leeuwerikhoeve", "school", "", "", "Mariahoeve & Marlot", 4, 12, "children",
     "Nederlands", "Basisschool.", "", 3},
    {"Basisschool Van Hoogstraten", "school", "", "", "Mariahoeve & Marlot", 4, 12, "children", "Nederlands",
     "Basisschool.", "", 3},
    {"Kindcentrum Diamant", "school", "", "", "Mariahoeve & Marlot", 0, 12, "children,parents", "Nederlands",
     "Kindcentrum: onderwijs en opvang onder één dak.", "", 3},
};

QStringList split(const char* text, char separator)
{
    QStringList result;
    for (const QString& part : QString::fromUtf8(text).split(QLatin1Char(separator), Qt::SkipEmptyParts))
        result.append(part.trimmed());
    return result;
}

} // namespace

QList<Partner> demoPartners(const QDate& today)
{
    QList<Partner> partners;
    for (const Row& row : rows) {
        Partner p;
        p.name = QString::fromUtf8(row.name);
        p.categoryCode = QString::fromLatin1(row.category);
        p.address = QString::fromUtf8(row.address);
        p.postcode = QString::fromLatin1(row.postcode);
        p.city = QStringLiteral("Den Haag");
        p.serviceAreas = split(row.areas, ';');
        p.minimumAge = row.minimumAge;
        p.maximumAge = row.maximumAge;
        p.audience = split(row.audience, ',');
        p.languages = split(row.languages, ',');
        p.description = QString::fromUtf8(row.description);
        p.email = QString::fromLatin1(row.email);
        p.assuredDate = today.addMonths(-row.verifiedMonthsAgo);
        p.assurer = QStringLiteral("Saskia de Wit");
        partners.append(p);
    }
    return partners;
}

QList<Area> demoAreas()
{
    return denHaagAreas();
}

} // namespace kz
