#include "HomeTipLibrary.h"

#include <QHash>

namespace kz {

namespace {

struct Texts
{
    HomeTips nl;
    HomeTips en;
};

// Every sentence here passes PlainLanguageCheck (a test runs it): twelve words or fewer, no
// professional words. %1 is the child's given name.
const QHash<QString, Texts>& library()
{
    static const QHash<QString, Texts> texts = {
        {QStringLiteral("language"),
         {{QStringLiteral("%1 praat en luistert graag."),
           QStringLiteral("We helpen %1 om meer woorden te leren."),
           {QStringLiteral("Lees elke dag samen een boekje."),
            QStringLiteral("Praat over wat u samen doet of ziet."),
            QStringLiteral("Zing liedjes en zeg versjes op."),
            QStringLiteral("Praat thuis in de taal die u het beste kent.")}},
          {QStringLiteral("%1 likes to talk and listen."),
           QStringLiteral("We help %1 to learn more words."),
           {QStringLiteral("Read a book together every day."),
            QStringLiteral("Talk about what you do or see together."),
            QStringLiteral("Sing songs and say rhymes together."),
            QStringLiteral("At home, speak the language you know best.")}}}},
        {QStringLiteral("social_emotional"),
         {{QStringLiteral("%1 speelt graag met andere kinderen."),
           QStringLiteral("We helpen %1 om te zeggen wat hij of zij voelt."),
           {QStringLiteral("Geef een naam aan gevoelens: blij, boos, bang of verdrietig."),
            QStringLiteral("Speel samen spelletjes waarbij u om de beurt gaat."),
            QStringLiteral("Zeg het als uw kind iets goed doet.")}},
          {QStringLiteral("%1 likes to play with other children."),
           QStringLiteral("We help %1 to say how he or she feels."),
           {QStringLiteral("Give feelings a name: happy, angry, scared or sad."),
            QStringLiteral("Play games together where you take turns."),
            QStringLiteral("Tell your child when he or she does something well.")}}}},
        {QStringLiteral("play_motor"),
         {{QStringLiteral("%1 beweegt en speelt graag."),
           QStringLiteral("We oefenen met %1 met rennen, klimmen, knippen en tekenen."),
           {QStringLiteral("Ga samen naar buiten om te rennen en te klimmen."),
            QStringLiteral("Laat uw kind tekenen, kleuren en met klei spelen."),
            QStringLiteral("Laat uw kind zelf de jas aandoen.")}},
          {QStringLiteral("%1 likes to move and play."),
           QStringLiteral("We practise running, climbing, cutting and drawing with %1."),
           {QStringLiteral("Go outside together to run and climb."),
            QStringLiteral("Let your child draw, colour and play with clay."),
            QStringLiteral("Let your child put on his or her own coat.")}}}},
        {QStringLiteral("home_stimulation"),
         {{QStringLiteral("%1 vertelt graag over thuis."),
           QStringLiteral("We denken met u mee over spelen met %1 thuis."),
           {QStringLiteral("Speel elke dag even samen, zonder telefoon of tv."),
            QStringLiteral("Haal gratis boeken bij de bibliotheek."),
            QStringLiteral("Laat uw kind meehelpen met koken of opruimen.")}},
          {QStringLiteral("%1 likes to tell about home."),
           QStringLiteral("We think with you about playing with %1 at home."),
           {QStringLiteral("Play together every day, without a phone or TV."),
            QStringLiteral("Borrow free books from the library."),
            QStringLiteral("Let your child help with cooking or tidying up.")}}}},
        {QStringLiteral("behaviour"),
         {{QStringLiteral("%1 doet goed mee in de groep."),
           QStringLiteral("We helpen %1 om zich aan afspraken in de groep te houden."),
           {QStringLiteral("Maak een paar duidelijke afspraken en houd u eraan."),
            QStringLiteral("Vertel van tevoren wat er gaat gebeuren."),
            QStringLiteral("Geef aandacht aan wat goed gaat.")}},
          {QStringLiteral("%1 joins in well with the group."),
           QStringLiteral("We help %1 to keep to the rules of the group."),
           {QStringLiteral("Make a few clear rules and keep to them."),
            QStringLiteral("Tell your child beforehand what will happen."),
            QStringLiteral("Give attention to what goes well.")}}}},
    };
    return texts;
}

const Texts& generalTexts()
{
    static const Texts texts = {{QStringLiteral("%1 komt graag naar de groep."),
                                 QStringLiteral("We letten samen met u goed op hoe het met %1 gaat."),
                                 {QStringLiteral("Vraag uw kind wat het vandaag heeft gedaan."),
                                  QStringLiteral("Lees samen een boekje voor het slapen."),
                                  QStringLiteral("Speel buiten als het kan.")}},
                                {QStringLiteral("%1 likes to come to the group."),
                                 QStringLiteral("Together with you, we keep an eye on how %1 is doing."),
                                 {QStringLiteral("Ask your child what he or she did today."),
                                  QStringLiteral("Read a book together before bedtime."),
                                  QStringLiteral("Play outside when you can.")}}};
    return texts;
}

} // namespace

bool HomeTipLibrary::isAboutTheFamily(const QString& domainCode)
{
    return domainCode == QLatin1String("family") || domainCode == QLatin1String("basic_needs") ||
           domainCode == QLatin1String("parent_communication");
}

HomeTips HomeTipLibrary::forDomain(const QString& domainCode, const QString& language)
{
    const Texts& texts = library().contains(domainCode) ? library()[domainCode] : generalTexts();
    return language == QLatin1String("en") ? texts.en : texts.nl;
}

QStringList HomeTipLibrary::generalTips(const QString& language)
{
    return language == QLatin1String("en") ? generalTexts().en.tips : generalTexts().nl.tips;
}

QStringList HomeTipLibrary::domainCodes()
{
    return {QStringLiteral("language"), QStringLiteral("social_emotional"), QStringLiteral("play_motor"),
            QStringLiteral("home_stimulation"), QStringLiteral("behaviour")};
}

} // namespace kz
