#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "services/PartnerFinder.h"
#include "services/PartnerSuggestions.h"
#include "store/ChildStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

using namespace kz;

namespace {

Partner partner(const QString& name, const QString& category, const QStringList& areas)
{
    Partner p;
    p.name = name;
    p.categoryCode = category;
    p.serviceAreas = areas;
    p.assuredDate = Clock::today();
    return p;
}

class PartnerMapTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        PartnerStore(db()).defineAreas(
            admin, {{QStringLiteral("Den Haag"), {}},
                    {QStringLiteral("Haagse Hout"), QStringLiteral("Den Haag")},
                    {QStringLiteral("Segbroek"), QStringLiteral("Den Haag")},
                    {QStringLiteral("Mariahoeve & Marlot"), QStringLiteral("Haagse Hout")},
                    {QStringLiteral("Vogelwijk"), QStringLiteral("Segbroek")}});
    }
    qint64 add(const Partner& p) { return PartnerStore(db()).create(admin, p); }
};

} // namespace

TEST_F(PartnerMapTest, FiltersCombineAndAreasIncludeWhatContainsThem)
{
    Partner bieb = partner(QStringLiteral("Bibliotheek Haagse Hout"), QStringLiteral("language"),
                           {QStringLiteral("Haagse Hout")});
    bieb.minimumAge = 0;
    bieb.maximumAge = 12;
    bieb.audience = {QStringLiteral("children"), QStringLiteral("parents")};
    bieb.languages = {QStringLiteral("Nederlands"), QStringLiteral("Engels")};
    bieb.services = {QStringLiteral("Voorleesuurtje")};
    add(bieb);
    Partner logo = partner(QStringLiteral("Logopedie Vogelwijk"), QStringLiteral("speech_therapy"),
                           {QStringLiteral("Vogelwijk")});
    logo.minimumAge = 2;
    logo.maximumAge = 4;
    logo.contacts = {{0, QStringLiteral("Sanne Café"), QStringLiteral("logopedist"), {}, {}}};
    logo.assuredDate = Clock::today().addMonths(-7);
    add(logo);
    Partner city = partner(QStringLiteral("CultuurSchakel"), QStringLiteral("culture_play"),
                           {QStringLiteral("Den Haag")});
    city.status = PartnerStatus::Inactive;
    add(city);

    PartnerStore store(db());
    PartnerFinder finder(store.areas(), Clock::today());
    finder.setPartners(store.list(admin));
    const auto names = [&](const PartnerFilter& f) {
        QStringList result;
        for (const qsizetype i : finder.find(f))
            result.append(finder.partners().at(i).name);
        return result;
    };
    PartnerFilter f;
    f.text = QStringLiteral("voorlees");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Bibliotheek Haagse Hout")}); // services are searched
    f.text = QStringLiteral("cafe");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Logopedie Vogelwijk")}); // contacts, without accents
    f = {};
    f.area = QStringLiteral("Mariahoeve & Marlot");
    EXPECT_EQ(names(f),
              (QStringList{QStringLiteral("Bibliotheek Haagse Hout"), QStringLiteral("CultuurSchakel")}));
    f.area = QStringLiteral("Segbroek"); // the stadsdeel includes its wijk Vogelwijk, and the city
    EXPECT_EQ(names(f),
              (QStringList{QStringLiteral("CultuurSchakel"), QStringLiteral("Logopedie Vogelwijk")}));
    f = {};
    f.age = 5;
    EXPECT_EQ(names(f),
              (QStringList{QStringLiteral("Bibliotheek Haagse Hout"), QStringLiteral("CultuurSchakel")}));
    f = {};
    f.audience = QStringLiteral("parents");
    f.language = QStringLiteral("engels");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Bibliotheek Haagse Hout")});
    f = {};
    f.status = PartnerStatus::Inactive;
    EXPECT_EQ(names(f), QStringList{QStringLiteral("CultuurSchakel")});
    f = {};
    f.staleOnly = true;
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Logopedie Vogelwijk")});
    f.categoryCode = QStringLiteral("language");
    EXPECT_TRUE(names(f).isEmpty());
}

TEST_F(PartnerMapTest, FreshnessFollowsThePeriodAndVerifyingNowRecordsWhoAndWhen)
{
    Partner p = partner(QStringLiteral("CJG"), QStringLiteral("youth_family"), {});
    const QDate today(2026, 11, 22);
    p.assuredDate = QDate(2026, 5, 22);
    EXPECT_FALSE(PartnerFinder::isStale(p, today, 6));
    p.assuredDate = QDate(2026, 5, 21);
    EXPECT_TRUE(PartnerFinder::isStale(p, today, 6));
    EXPECT_FALSE(PartnerFinder::isStale(p, today, 12));
    p.assuredDate.reset();
    EXPECT_TRUE(PartnerFinder::isStale(p, today, 12)); // never verified

    const qint64 id = add(p);
    PartnerStore(db()).markVerified(managerA, id, today);
    const Partner verified = PartnerStore(db()).get(practitionerA1, id);
    EXPECT_EQ(verified.assuredDate, today);
    EXPECT_EQ(verified.assurer, managerA.displayName);
    EXPECT_THROW(PartnerStore(db()).markVerified(practitionerA1, id, today), Error);

    // The period is the organisation's, set by managers and admins within sensible bounds.
    PartnerStore store(db());
    EXPECT_EQ(store.staleMonths(), 6);
    store.setStaleMonths(managerA, 12);
    EXPECT_EQ(store.staleMonths(), 12);
    EXPECT_THROW(store.setStaleMonths(practitionerA1, 3), Error);
    EXPECT_THROW(store.setStaleMonths(admin, 0), Error);
}

TEST_F(PartnerMapTest, ValidationNamesTheFieldAndChecksDutchPostcodesOnlyInTheNetherlands)
{
    const auto message = [&](const Partner& p) {
        try {
            add(p);
        } catch (const Error& e) {
            return e.userMessage();
        }
        return QString();
    };
    Partner p = partner(QStringLiteral("Kind en Gezin"), QStringLiteral("youth_family"), {});
    p.postcode = QStringLiteral("2000");
    EXPECT_TRUE(message(p).contains(QStringLiteral("Dutch postcode")));
    p.country = QStringLiteral("BE");
    EXPECT_TRUE(message(p).isEmpty());
    p.name = QStringLiteral("Ander");
    p.country = QStringLiteral("Belgie");
    EXPECT_TRUE(message(p).contains(QStringLiteral("country code")));
    p.country = QStringLiteral("NL");
    p.postcode = QStringLiteral("2593 AB");
    p.website = QStringLiteral("not a site");
    EXPECT_TRUE(message(p).contains(QStringLiteral("web address")));
    p.website.clear();
    p.phone = QStringLiteral("bel maar");
    EXPECT_TRUE(message(p).contains(QStringLiteral("phone number")));
    p.phone.clear();
    p.email = QStringLiteral("info(at)example.nl");
    EXPECT_TRUE(message(p).contains(QStringLiteral("email address")));
}

TEST_F(PartnerMapTest, SuggestionsFitDomainAgeAndWijkWithHomeLanguageFirst)
{
    // The child: 3 years old, Mariahoeve & Marlot, speaks Turks at home.
    Child child = ChildStore(db()).get(managerA, childA1);
    child.homeLanguages = QStringLiteral("Turks, Nederlands");
    ChildStore(db()).update(managerA, child);

    Partner cityWide = partner(QStringLiteral("Taal voor de stad"), QStringLiteral("language"),
                               {QStringLiteral("Den Haag")});
    add(cityWide);
    Partner wijk = partner(QStringLiteral("Taalhuis Mariahoeve"), QStringLiteral("language"),
                           {QStringLiteral("Mariahoeve & Marlot")});
    add(wijk);
    Partner district = partner(QStringLiteral("Logopedie Haagse Hout"), QStringLiteral("speech_therapy"),
                               {QStringLiteral("Haagse Hout")});
    district.languages = {QStringLiteral("Turks")};
    add(district);
    Partner elsewhere = partner(QStringLiteral("Taalhuis Vogelwijk"), QStringLiteral("language"),
                                {QStringLiteral("Vogelwijk")});
    add(elsewhere);
    Partner tooOld = partner(QStringLiteral("Huiswerkklas"), QStringLiteral("language"),
                             {QStringLiteral("Mariahoeve & Marlot")});
    tooOld.minimumAge = 6;
    add(tooOld);
    Partner otherDomain = partner(QStringLiteral("Speeltuin"), QStringLiteral("culture_play"),
                                  {QStringLiteral("Mariahoeve & Marlot")});
    add(otherDomain);
    Partner closed = partner(QStringLiteral("Gesloten taalhuis"), QStringLiteral("language"),
                             {QStringLiteral("Mariahoeve & Marlot")});
    closed.status = PartnerStatus::Defunct;
    add(closed);

    SupportNeed need;
    need.childId = childA1;
    need.domainId = domainId(QStringLiteral("language"));
    need.level = 2;
    need.description = QStringLiteral("Weinig woorden");
    need.signalledOn = Clock::today();
    const qint64 needId = SupportNeedStore(db()).create(practitionerA1, need);

    const QList<PartnerSuggestion> suggestions = PartnerSuggestions::forNeed(db(), practitionerA1, needId);
    QStringList names;
    for (const PartnerSuggestion& s : suggestions)
        names.append(s.partner.name);
    // Wijk (30) before stadsdeel with the home language (20 + 8) before the city (10), then elsewhere.
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Taalhuis Mariahoeve"), QStringLiteral("Logopedie Haagse Hout"),
                           QStringLiteral("Taal voor de stad"), QStringLiteral("Taalhuis Vogelwijk")}));
    EXPECT_TRUE(suggestions[1].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("Turks")));
    EXPECT_FALSE(suggestions[3].servesChildsArea);

    // Only for those who may see the child.
    EXPECT_THROW(PartnerSuggestions::forNeed(db(), practitionerB, needId), Error);
}
