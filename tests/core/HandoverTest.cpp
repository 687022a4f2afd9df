#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "domain/Partner.h"
#include "services/Dossier.h"
#include "services/HandoverComposer.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

#include <QCryptographicHash>

using namespace kz;

namespace {

template <typename F> std::optional<Error> errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

class HandoverTest : public CoreFixture
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
        p.name = QStringLiteral("Logopediepraktijk Klank");
        p.categoryCode = QStringLiteral("speech_therapy");
        speechTherapist = PartnerStore(db()).create(managerA, p);
    }

    HandoverConsent consent(ConsentState state, QSet<HandoverSection> sections = everyHandoverSection()) const
    {
        HandoverConsent c;
        c.state = state;
        c.date = Clock::today().addDays(-2);
        c.givenBy = QStringLiteral("M. Testouder");
        c.sections = std::move(sections);
        return c;
    }

    HandoverContent content(QSet<HandoverSection> sections) const
    {
        HandoverContent c;
        c.sections = std::move(sections);
        c.personal = QStringLiteral("Anna is een vrolijke peuter.");
        c.strengths = QStringLiteral("Bouwt graag samen.");
        c.development = {{domainId(QStringLiteral("language")), QStringLiteral("Taal en spraak"),
                          QStringLiteral("Spreekt in korte zinnen.")}};
        c.supportThatWorked = QStringLiteral("Plaatjes bij de dagplanning.");
        c.partners = QStringLiteral("Logopediepraktijk Klank");
        c.parentsView = QStringLiteral("Ouders zien vooruitgang.");
        c.contactPerson = QStringLiteral("Saskia, Locatie A");
        return c;
    }

    HandoverSnapshot exportWith(const Actor& actor, qint64 childId, const HandoverContent& c,
                                const QByteArray& pdf)
    {
        HandoverStore store(db());
        return store.recordExport(actor, childId, school, c, QStringLiteral("nl"),
                                  store.nextVersion(childId, school), pdf, [] {});
    }

    qint64 school = 0;
    qint64 speechTherapist = 0;
};

TEST_F(HandoverTest, ExportWithoutGivenConsentIsRefusedWithItsReason)
{
    HandoverStore store(db());
    const HandoverContent c = content({HandoverSection::Personal});
    auto refusal = errorOf([&] { store.checkExportable(practitionerA1, childA1, school, c); });
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->kind(), Error::Kind::Validation);
    EXPECT_TRUE(refusal->userMessage().contains(QStringLiteral("not requested")))
        << refusal->userMessage().toStdString();

    HandoverConsent awaiting;
    awaiting.state = ConsentState::Awaiting;
    store.recordConsent(practitionerA1, childA1, school, awaiting);
    refusal = errorOf([&] { store.checkExportable(practitionerA1, childA1, school, c); });
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->userMessage().contains(QStringLiteral("awaiting")));

    store.recordConsent(practitionerA1, childA1, school, consent(ConsentState::Denied));
    bool written = false;
    refusal = errorOf([&] {
        store.recordExport(practitionerA1, childA1, school, c, QStringLiteral("nl"), 1, "%PDF",
                           [&] { written = true; });
    });
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->userMessage().contains(QStringLiteral("denied")));
    EXPECT_FALSE(written);
    EXPECT_EQ(countRows(QStringLiteral("handover_snapshots")), 0);

    store.recordConsent(practitionerA1, childA1, school, consent(ConsentState::Given));
    EXPECT_NO_THROW(store.checkExportable(practitionerA1, childA1, school, c));
}

TEST_F(HandoverTest, ConsentMustSayWhenByWhomAndForWhat)
{
    HandoverStore store(db());
    HandoverConsent c = consent(ConsentState::Given);
    c.date.reset();
    EXPECT_EQ(errorOf([&] { store.recordConsent(managerA, childA1, school, c); })->kind(),
              Error::Kind::Validation);
    c = consent(ConsentState::Given);
    c.givenBy = QStringLiteral("  ");
    EXPECT_EQ(errorOf([&] { store.recordConsent(managerA, childA1, school, c); })->kind(),
              Error::Kind::Validation);
    c = consent(ConsentState::Given, {});
    EXPECT_EQ(errorOf([&] { store.recordConsent(managerA, childA1, school, c); })->kind(),
              Error::Kind::Validation);
    c = consent(ConsentState::Given);
    c.date = Clock::today().addDays(1);
    EXPECT_EQ(errorOf([&] { store.recordConsent(managerA, childA1, school, c); })->kind(),
              Error::Kind::Validation);
    // A handover goes to a school, not to a speech therapist.
    EXPECT_EQ(errorOf([&] {
                  store.recordConsent(managerA, childA1, speechTherapist, consent(ConsentState::Given));
              })->kind(),
              Error::Kind::Validation);
    EXPECT_EQ(countRows(QStringLiteral("handovers")), 0);

    store.recordConsent(managerA, childA1, school, consent(ConsentState::Given));
    const Handover h = store.find(managerA, childA1, school).value();
    EXPECT_EQ(h.consent.state, ConsentState::Given);
    EXPECT_EQ(h.consent.givenBy, QStringLiteral("M. Testouder"));
    EXPECT_EQ(h.consent.recordedByName, QStringLiteral("managera"));
    EXPECT_EQ(h.consent.sections, everyHandoverSection());
}

TEST_F(HandoverTest, TheConsentScopeIsRespected)
{
    HandoverStore store(db());
    store.recordConsent(
        practitionerA1, childA1, school,
        consent(ConsentState::Given, {HandoverSection::Personal, HandoverSection::Development}));
    const auto refusal = errorOf([&] {
        store.checkExportable(
            practitionerA1, childA1, school,
            content({HandoverSection::Personal, HandoverSection::Partners, HandoverSection::ParentsView}));
    });
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->userMessage().contains(QStringLiteral("Partners involved")));
    EXPECT_TRUE(refusal->userMessage().contains(QStringLiteral("The parents' view")));
    EXPECT_FALSE(refusal->userMessage().contains(QStringLiteral("Development")));
    EXPECT_NO_THROW(store.checkExportable(
        practitionerA1, childA1, school, content({HandoverSection::Personal, HandoverSection::Development})));
    // A chosen section with nothing in it would reach the school as an empty heading.
    HandoverContent empty = content({HandoverSection::Personal, HandoverSection::Development});
    empty.development.clear();
    EXPECT_TRUE(errorOf([&] { store.checkExportable(practitionerA1, childA1, school, empty); })
                    ->userMessage()
                    .contains(QStringLiteral("empty")));
}

TEST_F(HandoverTest, DeniedConsentDeletesTheDraftAndRecordsOnlyTheDeletion)
{
    HandoverStore store(db());
    HandoverContent draft = content({HandoverSection::Personal});
    draft.personal = QStringLiteral("Vertrouwelijke zin over Anna");
    store.saveDraft(practitionerA1, childA1, school, draft);
    ASSERT_TRUE(store.find(practitionerA1, childA1, school)->draft);

    store.recordConsent(practitionerA1, childA1, school, consent(ConsentState::Denied));
    EXPECT_FALSE(store.find(practitionerA1, childA1, school)->draft);
    SqlQuery raw(db(), QStringLiteral("SELECT COUNT(*) FROM handovers WHERE draft IS NOT NULL"));
    EXPECT_EQ(raw.scalar()->toInt(), 0);

    bool deletionRecorded = false;
    for (const AuditEntry& e : AuditLog::entries(db())) {
        EXPECT_FALSE(e.detail.contains(QStringLiteral("Vertrouwelijke")));
        if (e.action == QStringLiteral("delete") && e.entity == QStringLiteral("handover_draft")) {
            deletionRecorded = true;
            EXPECT_EQ(e.childId, childA1);
        }
    }
    EXPECT_TRUE(deletionRecorded);
    // No new draft while the answer is no.
    EXPECT_EQ(errorOf([&] { store.saveDraft(practitionerA1, childA1, school, draft); })->kind(),
              Error::Kind::Conflict);
}

TEST_F(HandoverTest, PractitionersHandOverTheirGroupsAndManagersTheirLocations)
{
    HandoverStore store(db());
    const HandoverConsent given = consent(ConsentState::Given);
    EXPECT_NO_THROW(store.recordConsent(practitionerA1, childA1, school, given));
    EXPECT_EQ(errorOf([&] { store.recordConsent(practitionerA1, childA2, school, given); })->kind(),
              Error::Kind::NotFound);
    EXPECT_NO_THROW(store.recordConsent(managerA, childA2, school, given));
    EXPECT_EQ(errorOf([&] { store.recordConsent(managerA, childB1, school, given); })->kind(),
              Error::Kind::NotFound);
    EXPECT_EQ(errorOf([&] { store.recordConsent(admin, childA1, school, given); })->kind(),
              Error::Kind::NotFound);

    const HandoverContent c = content({HandoverSection::Personal});
    EXPECT_EQ(errorOf([&] { store.checkExportable(practitionerA2, childA1, school, c); })->kind(),
              Error::Kind::NotFound);
    EXPECT_EQ(errorOf([&] { exportWith(managerB, childA1, c, "%PDF"); })->kind(), Error::Kind::NotFound);
    EXPECT_EQ(errorOf([&] { store.snapshots(practitionerB, childA1); })->kind(), Error::Kind::NotFound);
    EXPECT_NO_THROW(exportWith(practitionerA1, childA1, c, "%PDF"));

    // The list of children turning four follows the same scope.
    const QDate from = Clock::today().addMonths(-13);
    const QDate until = Clock::today().addMonths(13);
    EXPECT_EQ(store.candidates(practitionerA1, from, until).size(), 1);
    EXPECT_EQ(store.candidates(managerA, from, until).size(), 2);
    EXPECT_TRUE(store.candidates(admin, from, until).isEmpty());
    const HandoverCandidate anna = store.candidates(practitionerA1, from, until).constFirst();
    EXPECT_EQ(anna.childId, childA1);
    EXPECT_EQ(anna.exportedCount, 1);
    ASSERT_EQ(anna.handovers.size(), 1);
    EXPECT_EQ(anna.handovers.constFirst().consent.state, ConsentState::Given);
}

TEST_F(HandoverTest, RestrictedObservationsNeverReachTheSchool)
{
    Observation secret;
    secret.childId = childA1;
    secret.observedAt = Clock::nowUtc().addDays(-3);
    secret.body = QStringLiteral("Moeder vertelde over de scheiding en de spanningen thuis.");
    secret.kind = ObservationKind::Strength;
    secret.domainIds = {domainId(QStringLiteral("family"))};
    secret.restricted = true;
    ObservationStore(db()).create(practitionerA1, secret);
    Observation open = secret;
    open.body = QStringLiteral("Anna speelt graag in de huishoek.");
    open.restricted = false;
    ObservationStore(db()).create(practitionerA1, open);

    HandoverStore store(db());
    store.recordConsent(managerA, childA1, school, consent(ConsentState::Given));
    // Not even for the manager, who may read the note.
    const HandoverContent prefilled = HandoverComposer::prefill(db(), managerA, childA1, school);
    const QByteArray json = prefilled.toJson();
    EXPECT_FALSE(json.contains("scheiding"));
    EXPECT_TRUE(json.contains("huishoek"));

    HandoverContent pasted = content({HandoverSection::Personal});
    pasted.strengths += QStringLiteral("\nMoeder vertelde over de  scheiding en de spanningen thuis");
    const auto refusal = errorOf([&] { store.checkExportable(managerA, childA1, school, pasted); });
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->userMessage().contains(QStringLiteral("restricted")));
    EXPECT_FALSE(refusal->userMessage().contains(QStringLiteral("scheiding")));
}

TEST_F(HandoverTest, AVeIndicationRequiresTheProgrammeAndItsDuration)
{
    ChildStore children(db());
    Child anna = children.get(managerA, childA1);
    anna.veIndicationDate = Clock::today().addYears(-1);
    children.update(managerA, anna);
    HandoverStore store(db());
    store.recordConsent(managerA, childA1, school, consent(ConsentState::Given));

    HandoverContent c = content({HandoverSection::Personal});
    EXPECT_TRUE(errorOf([&] { store.checkExportable(managerA, childA1, school, c); })
                    ->userMessage()
                    .contains(QStringLiteral("VE indication")));
    c.sections.insert(HandoverSection::Ve);
    c.veProgramme = QStringLiteral("Uk & Puk");
    EXPECT_TRUE(errorOf([&] { store.checkExportable(managerA, childA1, school, c); }));
    c.veDuration = QStringLiteral("Anderhalf jaar, 16 uur per week");
    EXPECT_NO_THROW(store.checkExportable(managerA, childA1, school, c));

    const HandoverContent prefilled = HandoverComposer::prefill(db(), managerA, childA1, school);
    EXPECT_TRUE(prefilled.sections.contains(HandoverSection::Ve));
    EXPECT_FALSE(prefilled.veDuration.isEmpty());
}

TEST_F(HandoverTest, EachExportIsAnImmutableVersionWithTheHashOfTheFile)
{
    HandoverStore store(db());
    store.recordConsent(managerA, childA1, school, consent(ConsentState::Given));
    const HandoverContent c = content({HandoverSection::Personal, HandoverSection::Development});
    const QByteArray first = "%PDF-1.4 first";
    const HandoverSnapshot v1 = exportWith(managerA, childA1, c, first);
    EXPECT_EQ(v1.version, 1);
    EXPECT_EQ(v1.sha256,
              QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));
    const HandoverSnapshot v2 = exportWith(managerA, childA1, c, "%PDF-1.4 second");
    EXPECT_EQ(v2.version, 2);

    const QList<HandoverSnapshot> kept = store.snapshots(managerA, childA1);
    ASSERT_EQ(kept.size(), 2);
    EXPECT_EQ(kept.constLast().sha256, v1.sha256);
    EXPECT_EQ(kept.constLast().content.toJson(), c.toJson());
    EXPECT_EQ(kept.constLast().schoolName, QStringLiteral("Basisschool De Linde"));
    EXPECT_EQ(kept.constLast().exportedByName, QStringLiteral("managera"));

    // What was sent cannot be changed, not even with SQL.
    EXPECT_THROW(SqlQuery::run(db(), QStringLiteral("UPDATE handover_snapshots SET content = '{}'")), Error);
    // A version printed on a document that is no longer the next one is refused.
    EXPECT_EQ(errorOf([&] {
                  store.recordExport(managerA, childA1, school, c, QStringLiteral("nl"), 2, "%PDF", [] {});
              })->kind(),
              Error::Kind::Conflict);
    // No snapshot when the file could not be written.
    EXPECT_THROW(store.recordExport(managerA, childA1, school, c, QStringLiteral("nl"), 3, "%PDF",
                                    [] { throw Error(Error::Kind::Io, QStringLiteral("disk full")); }),
                 Error);
    EXPECT_EQ(countRows(QStringLiteral("handover_snapshots")), 2);

    // The school's receipt, once.
    store.recordReceipt(practitionerA1, v1.id, Clock::today(), QStringLiteral("Juf Marit"));
    EXPECT_EQ(store.snapshots(managerA, childA1).constLast().receivedBy, QStringLiteral("Juf Marit"));
    EXPECT_EQ(
        errorOf([&] { store.recordReceipt(managerA, v1.id, Clock::today(), QStringLiteral("X")); })->kind(),
        Error::Kind::Conflict);
    EXPECT_EQ(errorOf([&] {
                  store.recordReceipt(managerA, v2.id, Clock::today().addDays(1), QStringLiteral("X"));
              })->kind(),
              Error::Kind::Validation);
    EXPECT_EQ(errorOf([&] {
                  store.recordReceipt(practitionerB, v2.id, Clock::today(), QStringLiteral("X"));
              })->kind(),
              Error::Kind::NotFound);

    // The dossier's timeline tells what went to the school and when it arrived.
    int handoverEvents = 0;
    for (const TimelineEntry& e : Dossier(db(), managerA, childA1).timeline())
        if (e.kind == TimelineEntry::Kind::Handover) {
            ++handoverEvents;
            EXPECT_TRUE(e.text.contains(QStringLiteral("Basisschool De Linde")));
        }
    EXPECT_EQ(handoverEvents, 3); // two exports and one receipt
}

TEST_F(HandoverTest, ThePrefillStartsFromTheDossier)
{
    SupportNeed need;
    need.childId = childA1;
    need.domainId = domainId(QStringLiteral("language"));
    need.description = QStringLiteral("Spreekt nog weinig woorden");
    need.strengths = QStringLiteral("Wijst en doet goed na");
    need.agreedActions = QStringLiteral("Dagelijks voorlezen in een klein groepje");
    need.signalledOn = Clock::today().addMonths(-4);
    const qint64 needId = SupportNeedStore(db()).create(practitionerA1, need);
    SupportNeedStore(db()).recordParentsInformed(practitionerA1, needId, Clock::today().addMonths(-3),
                                                 QStringLiteral("Ouders lezen thuis ook voor"));
    Referral referral;
    referral.needId = needId;
    referral.partnerId = speechTherapist;
    referral.referredOn = Clock::today().addMonths(-2);
    ReferralStore(db()).create(practitionerA1, referral);

    HandoverStore(db()).recordConsent(
        practitionerA1, childA1, school,
        consent(ConsentState::Given, {HandoverSection::Personal, HandoverSection::Development}));
    const HandoverContent c = HandoverComposer::prefill(db(), practitionerA1, childA1, school);
    EXPECT_TRUE(c.strengths.contains(QStringLiteral("Wijst en doet goed na")));
    ASSERT_EQ(c.development.size(), 1);
    EXPECT_EQ(c.development.constFirst().domainId, need.domainId);
    EXPECT_TRUE(c.development.constFirst().text.contains(QStringLiteral("weinig woorden")));
    EXPECT_TRUE(c.supportThatWorked.contains(QStringLiteral("voorlezen")));
    EXPECT_TRUE(c.partners.contains(QStringLiteral("Logopediepraktijk Klank")));
    EXPECT_TRUE(c.parentsView.contains(QStringLiteral("lezen thuis")));
    EXPECT_TRUE(c.contactPerson.contains(QStringLiteral("practa1")));
    // The sections the parents agreed to, nothing more.
    EXPECT_EQ(c.sections, (QSet<HandoverSection>{HandoverSection::Personal, HandoverSection::Development}));
    // A saved draft wins over a new prefill.
    HandoverContent edited = c;
    edited.personal = QStringLiteral("Zelf geschreven");
    HandoverStore(db()).saveDraft(practitionerA1, childA1, school, edited);
    EXPECT_EQ(HandoverComposer::draftOrPrefill(db(), practitionerA1, childA1, school).personal,
              QStringLiteral("Zelf geschreven"));
}
