#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

using namespace kz;

namespace {

// Everything a careless paste or a malicious file could bring in.
QString hostileText()
{
    return QStringLiteral(
        "Robert'); DROP TABLE children;-- \"quoted\" ; semi;colons; 'single' `back` \\ backslash\n"
        "second line\r\nwindows line\ttab 🧸👩🏽‍🏫 emoji, עברית and العربية "
        "right-to-left, "
        "Zoë, Ærø, Ğ, 中文, zero-width\u200Bjoiner, NUL-free %1 %n <b>html</b> &amp;");
}

} // namespace

class RoundTripTest : public CoreFixture
{
};

TEST_F(RoundTripTest, HostileTextIsStoredAndReadBackExactly)
{
    const QString hostile = hostileText();
    Child c = childTemplate(groupA1, QStringLiteral("Zoë 🧸 'O\"Brien'; ')--; עברית"));
    c.familyName = QStringLiteral("O'Brien-\"El\" ;Amrani 🌈");
    c.homeLanguages = QStringLiteral("Nederlands, العربية, Tamaziɣt");
    c.neighbourhood = QStringLiteral("Regentesse- en Valkenboskwartier; \"oost\"");
    const qint64 child = ChildStore(db()).create(managerA, c);
    const Child back = ChildStore(db()).get(managerA, child);
    EXPECT_EQ(back.givenName, c.givenName.trimmed());
    EXPECT_EQ(back.familyName, c.familyName);
    EXPECT_EQ(back.homeLanguages, c.homeLanguages);
    EXPECT_EQ(back.neighbourhood, c.neighbourhood);

    QString longText;
    while (longText.size() < 100'000)
        longText += hostile;
    longText.truncate(100'000);
    Observation o;
    o.childId = child;
    o.observedAt = Clock::nowUtc().addSecs(-5);
    o.body = longText;
    o.domainIds = {domainId(QStringLiteral("language"))};
    const qint64 observation = ObservationStore(db()).create(practitionerA1, o);
    const Observation read = ObservationStore(db()).get(practitionerA1, observation);
    EXPECT_EQ(read.body.size(), 100'000);
    EXPECT_EQ(read.body, longText);

    SupportNeed n;
    n.childId = child;
    n.domainId = domainId(QStringLiteral("family"));
    n.description = hostile;
    n.strengths = longText;
    n.signalledOn = Clock::today();
    const qint64 need = SupportNeedStore(db()).create(practitionerA1, n);
    EXPECT_EQ(SupportNeedStore(db()).get(practitionerA1, need).description, hostile);
    EXPECT_EQ(SupportNeedStore(db()).get(practitionerA1, need).strengths, longText);

    Partner p;
    p.name = hostile;
    p.description = hostile;
    p.categoryCode = QStringLiteral("welfare");
    p.serviceAreas = {QStringLiteral("Mariahoeve & Marlot"), QStringLiteral("وسط")};
    const qint64 partner = PartnerStore(db()).create(managerA, p);
    const Partner pb = PartnerStore(db()).get(practitionerA1, partner);
    EXPECT_EQ(pb.name, p.name.trimmed());
    EXPECT_EQ(pb.description, hostile);
    EXPECT_EQ(pb.serviceAreas.size(), 2);

    EXPECT_EQ(countRows(QStringLiteral("children")), 4); // nothing was dropped
    // Half an emoji cannot be stored faithfully, so it is refused rather than silently changed.
    Child broken = childTemplate(groupA1, QStringLiteral("Sem ") + QStringLiteral("🧸").left(1));
    EXPECT_THROW(ChildStore(db()).create(managerA, broken), Error);
    EXPECT_EQ(ObservationStore(db()).search(practitionerA1, QStringLiteral("Zoe")).size(), 1);
}
