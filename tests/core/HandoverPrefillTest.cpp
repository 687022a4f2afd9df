#include "Clock.h"
#include "CoreFixture.h"
#include "domain/Partner.h"
#include "services/HandoverComposer.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

using namespace kz;

// What the handover prefills by itself: the VE section from the location's programme and the
// child's indication, and nothing from the needs about the family.
class HandoverPrefillTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        Partner p;
        p.name = QStringLiteral("Basisschool De Linde");
        p.categoryCode = QStringLiteral("school");
        school = PartnerStore(db()).create(managerA, p);
        p.name = QStringLiteral("Voedselbank Zuid");
        p.categoryCode = QStringLiteral("welfare");
        welfare = PartnerStore(db()).create(managerA, p);
    }

    qint64 school = 0;
    qint64 welfare = 0;
};

TEST_F(HandoverPrefillTest, AVeChildsSectionIsFilledFromTheLocationAndTheIndication)
{
    const ScopedClock clock(QDate(2026, 5, 20));
    OrganisationStore organisation(db());
    Location location = organisation.location(admin, locationA);
    location.veProgramme = QStringLiteral("Piramide");
    organisation.updateLocation(admin, location);
    EXPECT_EQ(organisation.location(admin, locationA).veProgramme, QStringLiteral("Piramide"));

    ChildStore children(db());
    Child anna = children.get(managerA, childA1);
    anna.birthDate = QDate(2023, 2, 1); // the fixture's dates follow the real day; these, the clock's
    anna.startDate = QDate(2025, 1, 6);
    anna.veIndicationDate = QDate(2025, 3, 14); // the indication came after the start
    children.update(managerA, anna);

    const HandoverContent dutch =
        HandoverComposer::prefill(db(), managerA, childA1, school, QStringLiteral("nl"));
    EXPECT_TRUE(dutch.sections.contains(HandoverSection::Ve));
    EXPECT_EQ(dutch.veProgramme, QStringLiteral("Piramide"));
    EXPECT_EQ(dutch.veDuration,
              QStringLiteral("14 maanden, van 14-03-2025 tot nu (VE-indicatie sinds 14-03-2025)"));
    const HandoverContent english =
        HandoverComposer::prefill(db(), managerA, childA1, school, QStringLiteral("en"));
    EXPECT_TRUE(english.veDuration.startsWith(QStringLiteral("14 months, from 14-03-2025 until now")));

    // A child without an indication has no VE section, whatever the location's programme.
    const HandoverContent bas = HandoverComposer::prefill(db(), managerA, childA2, school);
    EXPECT_FALSE(bas.sections.contains(HandoverSection::Ve));
    EXPECT_TRUE(bas.veProgramme.isEmpty());
}

TEST_F(HandoverPrefillTest, TheDurationEndsWhenTheChildLeft)
{
    const ScopedClock clock(QDate(2026, 5, 20));
    ChildStore children(db());
    Child anna = children.get(managerA, childA1);
    anna.birthDate = QDate(2023, 2, 1); // the fixture's dates follow the real day; these, the clock's
    anna.startDate = QDate(2025, 9, 1);
    anna.veIndicationDate = QDate(2025, 8, 15);
    children.update(managerA, anna);
    children.leave(managerA, childA1, QDate(2026, 4, 30), LeaveReason::PrimarySchool);

    const HandoverContent c = HandoverComposer::prefill(db(), managerA, childA1, school);
    EXPECT_EQ(c.veDuration,
              QStringLiteral("7 maanden, van 01-09-2025 tot 30-04-2026 (VE-indicatie sinds 15-08-2025)"));
}

TEST_F(HandoverPrefillTest, NeedsAboutTheFamilyStayOutOfTheSchoolsDocument)
{
    const ScopedClock clock(QDate(2026, 5, 20));
    SupportNeedStore needs(db());
    const QStringList familyDomains = {QStringLiteral("basic_needs"), QStringLiteral("family"),
                                       QStringLiteral("parent_communication")};
    QList<qint64> familyNeeds;
    for (const QString& code : familyDomains) {
        SupportNeed need;
        need.childId = childA1;
        need.domainId = domainId(code);
        need.description = QStringLiteral("Zorgtekst %1").arg(code);
        need.strengths = QStringLiteral("Sterk punt %1").arg(code);
        need.agreedActions = QStringLiteral("Afspraak %1").arg(code);
        need.signalledOn = QDate(2026, 3, 2);
        const qint64 id = needs.create(practitionerA1, need);
        needs.recordParentsInformed(practitionerA1, id, QDate(2026, 3, 9),
                                    QStringLiteral("Reactie %1").arg(code));
        familyNeeds.append(id);
    }
    Referral referral;
    referral.needId = familyNeeds.constFirst();
    referral.partnerId = welfare;
    referral.referredOn = QDate(2026, 3, 20);
    ReferralStore(db()).create(practitionerA1, referral);
    Observation note;
    note.childId = childA1;
    note.observedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 30));
    note.kind = ObservationKind::Concern;
    note.body = QStringLiteral("Kwam weer zonder ontbijt");
    note.domainIds = {domainId(QStringLiteral("basic_needs"))};
    ObservationStore(db()).create(practitionerA1, note);

    SupportNeed language;
    language.childId = childA1;
    language.domainId = domainId(QStringLiteral("language"));
    language.description = QStringLiteral("Spreekt nog weinig woorden");
    language.agreedActions = QStringLiteral("Dagelijks voorlezen");
    language.signalledOn = QDate(2026, 3, 2);
    needs.create(practitionerA1, language);

    const HandoverContent c = HandoverComposer::prefill(db(), practitionerA1, childA1, school);
    const QString everything = QString::fromUtf8(c.toJson());
    for (const QString& code : familyDomains)
        EXPECT_FALSE(everything.contains(code))
            << qPrintable(code) << " reached the school: " << qPrintable(everything);
    EXPECT_FALSE(everything.contains(QStringLiteral("Voedselbank")));
    EXPECT_FALSE(everything.contains(QStringLiteral("ontbijt")));
    // The child's own development is still there.
    ASSERT_EQ(c.development.size(), 1);
    EXPECT_TRUE(c.development.constFirst().text.contains(QStringLiteral("weinig woorden")));
    EXPECT_TRUE(c.supportThatWorked.contains(QStringLiteral("voorlezen")));
}
