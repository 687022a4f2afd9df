#include "domain/Validator.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"
#include "store/SupportNeedStore.h"

using namespace kz;

namespace {

// Runs `call` and returns the validation message, or an empty string when nothing was refused.
template <typename F> QString refusal(F&& call)
{
    try {
        call();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Validation) << e.userMessage().toStdString();
        return e.userMessage();
    }
    return {};
}

const QDate today(2026, 3, 15);

Child validChild()
{
    Child c;
    c.givenName = QStringLiteral("Yara");
    c.familyName = QStringLiteral("Benali");
    c.birthDate = QDate(2023, 1, 10);
    c.startDate = QDate(2024, 9, 1);
    c.groupId = 1;
    return c;
}

SupportNeed validNeed()
{
    SupportNeed n;
    n.childId = 1;
    n.domainId = 1;
    n.level = 2;
    n.description = QStringLiteral("Weinig woorden");
    n.signalledOn = QDate(2026, 3, 1);
    return n;
}

} // namespace

TEST(ValidatorTest, AValidChildPasses)
{
    EXPECT_TRUE(refusal([] { Validator::check(validChild(), today); }).isEmpty());
}

TEST(ValidatorTest, ChildRulesEachGiveTheirOwnMessage)
{
    struct Case
    {
        const char* name;
        std::function<void(Child&)> breakIt;
        const char* messagePart;
    };
    const QList<Case> cases = {
        {"empty given name", [](Child& c) { c.givenName = QStringLiteral("   "); }, "given name"},
        {"empty family name", [](Child& c) { c.familyName.clear(); }, "family name"},
        {"no birth date", [](Child& c) { c.birthDate = QDate(); }, "birth date"},
        {"birth date in the future", [](Child& c) { c.birthDate = today.addDays(1); }, "future"},
        {"older than 13",
         [](Child& c) {
             c.birthDate = today.addYears(-14);
             c.startDate = today.addYears(-1);
         },
         "older than 13"},
        {"no start date", [](Child& c) { c.startDate = QDate(); }, "start date"},
        {"start before birth", [](Child& c) { c.startDate = c.birthDate.addDays(-1); }, "before the birth"},
        {"end before start", [](Child& c) { c.endDate = c.startDate.addDays(-1); }, "end date"},
        {"VE before birth", [](Child& c) { c.veIndicationDate = c.birthDate.addDays(-1); }, "VE indication"},
        {"VE in the future", [](Child& c) { c.veIndicationDate = today.addDays(3); }, "VE indication"},
        {"no group", [](Child& c) { c.groupId = 0; }, "group"},
    };
    for (const Case& test : cases) {
        Child c = validChild();
        test.breakIt(c);
        const QString message = refusal([&] { Validator::check(c, today); });
        EXPECT_TRUE(message.contains(QString::fromLatin1(test.messagePart), Qt::CaseInsensitive))
            << test.name << ": " << message.toStdString();
    }
}

TEST(ValidatorTest, SupportNeedRules)
{
    EXPECT_TRUE(refusal([] { Validator::check(validNeed(), today); }).isEmpty());
    const QList<QPair<std::function<void(SupportNeed&)>, const char*>> cases = {
        {[](SupportNeed& n) { n.level = 0; }, "level"},
        {[](SupportNeed& n) { n.level = 4; }, "level"},
        {[](SupportNeed& n) { n.domainId = 0; }, "domain"},
        {[](SupportNeed& n) { n.description = QStringLiteral("\n\t "); }, "description"},
        {[](SupportNeed& n) { n.signalledOn = today.addDays(1); }, "future"},
        {[](SupportNeed& n) { n.reviewDate = n.signalledOn.addDays(-1); }, "review date"},
        {[](SupportNeed& n) { n.parentsInformedOn = today.addDays(2); }, "future"},
        {[](SupportNeed& n) { n.parentsInformedOn = n.signalledOn.addDays(-2); }, "before the signal"},
        {[](SupportNeed& n) { n.status = NeedStatus::Closed; }, "reason"},
    };
    for (const auto& [breakIt, part] : cases) {
        SupportNeed n = validNeed();
        breakIt(n);
        const QString message = refusal([&] { Validator::check(n, today); });
        EXPECT_TRUE(message.contains(QString::fromLatin1(part), Qt::CaseInsensitive))
            << part << ": " << message.toStdString();
    }
}

TEST(ValidatorTest, ObservationRules)
{
    const QDateTime now(today, QTime(12, 0), Qt::UTC);
    Observation o;
    o.body = QStringLiteral("Speelde in de zandbak");
    o.observedAt = now.addSecs(-3600);
    o.domainIds = {1};
    EXPECT_TRUE(refusal([&] { Validator::check(o, now); }).isEmpty());
    Observation empty = o;
    empty.body = QStringLiteral("  ");
    EXPECT_FALSE(refusal([&] { Validator::check(empty, now); }).isEmpty());
    Observation future = o;
    future.observedAt = now.addSecs(3600);
    EXPECT_TRUE(refusal([&] { Validator::check(future, now); }).contains(QStringLiteral("future")));
    Observation noDomain = o;
    noDomain.domainIds.clear();
    EXPECT_TRUE(refusal([&] { Validator::check(noDomain, now); }).contains(QStringLiteral("domain")));
    Observation huge = o;
    huge.body = QString(Validator::maxTextLength + 1, QLatin1Char('a'));
    EXPECT_TRUE(refusal([&] { Validator::check(huge, now); }).contains(QStringLiteral("longer")));
}

TEST(ValidatorTest, LocationGroupPartnerAndReferralRules)
{
    Location l;
    l.name = QStringLiteral("De Vlinderhof");
    EXPECT_TRUE(refusal([&] { Validator::check(l); }).isEmpty());
    l.lrkNumber = QStringLiteral("12345");
    EXPECT_TRUE(refusal([&] { Validator::check(l); }).contains(QStringLiteral("LRK")));
    l.lrkNumber = QStringLiteral("123456789");
    l.postcode = QStringLiteral("12345");
    EXPECT_TRUE(refusal([&] { Validator::check(l); }).contains(QStringLiteral("postcode")));

    Group g;
    g.name = QStringLiteral("Egeltjes");
    g.minAgeMonths = 48;
    g.maxAgeMonths = 24;
    EXPECT_TRUE(refusal([&] { Validator::check(g); }).contains(QStringLiteral("age range")));
    g.minAgeMonths = 0;
    g.maxAgeMonths = 48;
    g.capacity = 0;
    EXPECT_TRUE(refusal([&] { Validator::check(g); }).contains(QStringLiteral("capacity")));

    Partner p;
    p.name = QStringLiteral("Logopedie");
    p.categoryCode = QStringLiteral("speech_therapy");
    EXPECT_TRUE(refusal([&] { Validator::check(p); }).isEmpty());
    Partner ages = p;
    ages.minimumAge = 6;
    ages.maximumAge = 2;
    EXPECT_TRUE(refusal([&] { Validator::check(ages); }).contains(QStringLiteral("minimum age")));
    Partner email = p;
    email.email = QStringLiteral("info@");
    EXPECT_TRUE(refusal([&] { Validator::check(email); }).contains(QStringLiteral("email")));
    Partner phone = p;
    phone.phone = QStringLiteral("bel maar");
    EXPECT_TRUE(refusal([&] { Validator::check(phone); }).contains(QStringLiteral("phone")));
    Partner web = p;
    web.website = QStringLiteral("ftp://x");
    EXPECT_TRUE(refusal([&] { Validator::check(web); }).contains(QStringLiteral("web address")));
    EXPECT_TRUE(Validator::isDutchPostcode(QStringLiteral("2593 AB")));
    EXPECT_TRUE(Validator::isDutchPostcode(QStringLiteral("2593ab")));
    EXPECT_FALSE(Validator::isDutchPostcode(QStringLiteral("0593 AB")));
    EXPECT_TRUE(Validator::isPhoneNumber(QStringLiteral("070 - 123 45 67")));
    EXPECT_TRUE(Validator::isPhoneNumber(QStringLiteral("+31 70 1234567")));

    Referral r;
    r.partnerId = 1;
    r.referredOn = today;
    EXPECT_TRUE(refusal([&] { Validator::check(r, today); }).isEmpty());
    r.startedOn = today.addDays(-3);
    EXPECT_TRUE(refusal([&] { Validator::check(r, today); }).contains(QStringLiteral("started")));
    r.startedOn.reset();
    r.referredOn = today.addDays(1);
    EXPECT_TRUE(refusal([&] { Validator::check(r, today); }).contains(QStringLiteral("future")));
}

TEST(ValidatorTest, UserNames)
{
    EXPECT_TRUE(refusal([] { Validator::checkUsername(QStringLiteral("fatima.e")); }).isEmpty());
    EXPECT_FALSE(refusal([] { Validator::checkUsername(QStringLiteral("Fatima")); }).isEmpty());
    EXPECT_FALSE(refusal([] { Validator::checkUsername(QStringLiteral("a")); }).isEmpty());
    EXPECT_FALSE(refusal([] { Validator::checkUsername(QStringLiteral("with space")); }).isEmpty());
}

class StoreValidationTest : public CoreFixture
{
};

TEST_F(StoreValidationTest, StoresRefuseWhatOnlyTheDatabaseCanTell)
{
    SupportNeed n = validNeed();
    n.childId = childA1;
    n.signalledOn = Clock::today();
    n.domainId = 9999;
    EXPECT_TRUE(refusal([&] {
                    SupportNeedStore(db()).create(practitionerA1, n);
                }).contains(QStringLiteral("domain")));

    Child c = childTemplate(9999);
    EXPECT_TRUE(refusal([&] { ChildStore(db()).create(managerA, c); }).contains(QStringLiteral("group")));

    Group archived;
    archived.name = QStringLiteral("Oud");
    archived.locationId = locationA;
    archived.archived = true;
    const qint64 archivedId = OrganisationStore(db()).createGroup(managerA, archived);
    EXPECT_TRUE(refusal([&] {
                    ChildStore(db()).create(managerA, childTemplate(archivedId));
                }).contains(QStringLiteral("archived")));

    Group duplicate;
    duplicate.name = QStringLiteral("A1");
    duplicate.locationId = locationA;
    EXPECT_THROW(OrganisationStore(db()).createGroup(managerA, duplicate), Error);
}
