#include "DemoTexts.h"

#include <QHash>
#include <QStringList>

namespace kz {

namespace {

QString pick(const QStringList& list, QRandomGenerator& random)
{
    return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

} // namespace

DemoName demoName(QRandomGenerator& random)
{
    static const QStringList given = words("Noor|Sem|Yara|Daan|Amira|Finn|Lina|Milan|Zoë|Adam|Sara|Luuk|Hiba|"
                                           "Bram|Eva|Youssef|Mila|Ilias|Fenna|Levi|"
                                           "Nina|Rayan|Julia|Thijs|Aya|Jesse|Lieke|Omar|Saar|Mohamed|Isa|"
                                           "Emre|Roos|Jayden|Elif|Tijn|Maryam|Hugo|Ivy|"
                                           "Kacper|Zuzanna|Ayoub|Femke|Ravi|Anaïs|Dex|Chaimae|Mats|Priya|"
                                           "Olivier|Sofía|Bilal|Jasmijn|Nathan|Lotte|Ryan");
    static const QStringList family = words(
        "de Vries|Jansen|El Amrani|Bakker|Yılmaz|Visser|Smit|Kowalski|Mulder|de Groot|Bouzid|Meijer|Hendriks|"
        "van Leeuwen|Öztürk|Dekker|Brouwer|Ramdin|de Wit|Dijkstra|Benali|Vos|Peters|Nowak|van den Berg|Kaya|"
        "Koster|Chaouch|Willems|Gerritsen|Baldewsingh|Postma|Haddou|Verhoeven|Santos|Kuipers");
    return {pick(given, random), pick(family, random)};
}

QString demoHomeLanguages(QRandomGenerator& random)
{
    static const QStringList second = words(
        "Arabisch|Turks|Pools|Engels|Tamazight|Papiaments|Somalisch|Hindi|Spaans|Oekraïens|Sranantongo");
    const quint32 roll = random.bounded(100u);
    if (roll < 45)
        return QStringLiteral("Nederlands");
    if (roll < 85)
        return QStringLiteral("Nederlands, ") + pick(second, random);
    return pick(second, random);
}

QString demoNeedDescription(const QString& domainCode, QRandomGenerator& random)
{
    static const QHash<QString, QStringList> texts = {
        {QStringLiteral("language"),
         words("Spreekt in losse woorden, weinig zinnetjes; lijkt meer te begrijpen dan te zeggen.|"
               "Woordenschat Nederlands beperkt; wijst vooral aan.|Moeilijk verstaanbaar voor andere "
               "kinderen.")},
        {QStringLiteral("home_stimulation"),
         words("Weinig spelervaring met boekjes en bouwmateriaal; thuis veel schermtijd.|"
               "Komt weinig toe aan buitenspelen en ontdekken.")},
        {QStringLiteral("basic_needs"),
         words("Komt regelmatig zonder ontbijt; kleding past niet bij het weer.|"
               "Lijkt vaak moe en hongerig bij binnenkomst.")},
        {QStringLiteral("social_emotional"),
         words("Trekt zich terug in de groep, zoekt weinig contact met andere kinderen.|"
               "Raakt snel overstuur bij overgangen en afscheid.")},
        {QStringLiteral("play_motor"),
         words("Grove motoriek: valt vaak, klimmen en rennen gaan moeizaam.|Fijne motoriek: knippen en "
               "tekenen lukken nog niet.")},
        {QStringLiteral("parent_communication"),
         words(
             "Gesprekken met ouders lopen stroef door een taalbarrière.|Ouders zien de zorgen (nog) niet.")},
        {QStringLiteral("behaviour"),
         words(
             "Slaat en duwt bij conflicten over speelgoed.|Kan moeilijk wachten en luisteren in de kring.")},
        {QStringLiteral("family"), words("Ouders gaan uit elkaar; het kind pendelt tussen twee huizen.|Gezin "
                                         "heeft geldzorgen en spanning thuis.")},
    };
    return pick(texts.value(domainCode, words("Extra aandacht nodig op de groep.")), random);
}

QString demoStrength(QRandomGenerator& random)
{
    static const QStringList texts = words(
        "Vaste begeleider en een vast ritueel bij binnenkomst.|Plaatjes (picto's) bij de dagindeling werken "
        "goed.|"
        "Geniet van muziek en liedjes; pikt zo woorden op.|Speelt graag met één vriendje; dat geeft rust.|"
        "Is behulpzaam en trots als ze mag helpen.|Houdt van buiten spelen en bewegen.");
    return pick(texts, random);
}

QString demoAction(const QString& domainCode, QRandomGenerator& random)
{
    if (domainCode == QLatin1String("language"))
        return pick(words("Dagelijks voorlezen in een klein groepje; benoemen wat hij doet.|"
                          "Ouders informeren over de VoorleesExpress."),
                    random);
    if (domainCode == QLatin1String("basic_needs"))
        return QStringLiteral("Ontbijt op de groep; ouders wijzen op Wijkz voor ondersteuning.");
    return pick(
        words("Observeren gedurende zes weken, daarna evalueren.|Samen met ouders een aanpak afspreken.|"
              "Bespreken in het overleg kindontwikkeling (anoniem)."),
        random);
}

QString demoParentResponse(QRandomGenerator& random)
{
    return pick(words("Ouders herkennen het en denken mee.|Ouders willen eerst afwachten.|"
                      "Moeder herkent het; vader nog niet.|Ouders zijn blij met de tips voor thuis."),
                random);
}

QString demoObservation(const QString& domainCode, ObservationKind kind, const QString& givenName,
                        QRandomGenerator& random)
{
    static const QHash<QString, QStringList> strengths = {
        {QStringLiteral("language"),
         words(
             "%1 zei vandaag voor het eerst een zin van drie woorden: \"ik wil ook\".|"
             "%1 zong het hele liedje van de kring mee.|%1 speelde in de huishoek café en bestelde koffie en "
             "een taartje.")},
        {QStringLiteral("social_emotional"), words("%1 troostte een ander kind dat was gevallen.|%1 nam "
                                                   "vandaag zelf afscheid van mama, zonder tranen.")},
        {QStringLiteral("play_motor"),
         words("%1 klom zelf het klimrek op en weer af.|%1 maakte een toren van acht blokken.")},
    };
    static const QHash<QString, QStringList> concerns = {
        {QStringLiteral("language"),
         words("%1 wees aan wat ze wilde hebben en zei niets, ook niet na vragen.|"
               "%1 werd niet begrepen door de andere kinderen en gaf het spel op.")},
        {QStringLiteral("home_stimulation"),
         words("%1 wist niet goed wat te doen met de puzzel; speelde kort en liep weg.|"
               "%1 vertelde dat hij thuis vooral op de tablet speelt.")},
        {QStringLiteral("basic_needs"),
         words("%1 had vandaag weer geen ontbijt gehad en at drie boterhammen.|"
               "%1 kwam zonder jas bij regenachtig weer.")},
        {QStringLiteral("social_emotional"),
         words("%1 zat het grootste deel van de ochtend alleen in de leeshoek.|"
               "%1 huilde lang na het afscheid en liet zich moeilijk troosten.")},
        {QStringLiteral("behaviour"),
         words("%1 duwde een ander kind weg bij de zandtafel.|%1 kon niet op zijn beurt wachten bij het "
               "fruit eten.")},
        {QStringLiteral("family"),
         words("Moeder vertelde bij het ophalen dat het thuis onrustig is.|%1 vertelde over ruzie thuis.")},
        {QStringLiteral("parent_communication"),
         words("Overdracht bij het brengen lukte niet door de taal; tolk-app gebruikt.|"
               "Vader had geen tijd voor een gesprek bij het ophalen.")},
        {QStringLiteral("play_motor"),
         words("%1 viel twee keer bij het rennen buiten.|%1 gaf het knippen snel op.")},
    };
    const auto& table = kind == ObservationKind::Strength ? strengths : concerns;
    QStringList options = table.value(domainCode);
    if (options.isEmpty())
        options =
            kind == ObservationKind::Strength
                ? words(
                      "%1 speelde geconcentreerd met de duplo.|%1 hielp met opruimen zonder dat het gevraagd "
                      "werd.|%1 lachte veel en deed enthousiast mee met dansen.")
                : words("%1 was vandaag erg moe en stil.|%1 had moeite met de overgang naar buiten spelen.");
    const QString text = pick(options, random);
    return text.contains(QStringLiteral("%1")) ? text.arg(givenName) : text;
}

} // namespace kz
