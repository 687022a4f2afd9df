#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "Refusal.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "domain/HomeTipLibrary.h"
#include "domain/PlainLanguageCheck.h"
#include "services/AccessRequest.h"
#include "services/Authenticator.h"
#include "services/ParentSummaryComposer.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/ObservationStore.h"
#include "store/ParentSummaryStore.h"
#include "store/ParentTipStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

using namespace kz;

namespace {

QString allText(const ParentSummaryContent& c)
{
    return c.texts().join(QLatin1Char('\n'));
}

QStringList findingsOf(const ParentSummaryContent& c)
{
    QStringList messages;
    for (const QString& text : c.texts())
        for (const PlainLanguageFinding& f : PlainLanguageCheck::check(text, c.language))
            messages.append(f.message());
    return messages;
}

} // namespace

TEST(PlainLanguageCheckTest, FlagsLongSentencesAndProfessionalWords)
{
    const auto findings = PlainLanguageCheck::check(
        QStringLiteral("Er is een signalering op niveau 2. We lezen voor. Dit is een hele lange zin die veel "
                       "meer dan twaalf woorden heeft en dus te moeilijk is."),
        QStringLiteral("nl"));
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].kind, PlainLanguageFinding::Kind::ProfessionalTerm);
    EXPECT_EQ(findings[0].term, QStringLiteral("signalering"));
    EXPECT_EQ(findings[1].kind, PlainLanguageFinding::Kind::LongSentence);
    EXPECT_EQ(findings[1].words, 18);
    // Whole words only where it matters ("VE" is not "veel"); numbers and addresses are not words.
    EXPECT_TRUE(
        PlainLanguageCheck::check(QStringLiteral("Er zijn veel boeken."), QStringLiteral("nl")).isEmpty());
    EXPECT_EQ(PlainLanguageCheck::wordCount(QStringLiteral("Bel 070 123 45 67 of mail info@kind.nl")), 4);
    EXPECT_EQ(PlainLanguageCheck::sentences(QStringLiteral("Mail info@kind.nl. Kom langs!")).size(), 2);
    const auto english =
        PlainLanguageCheck::check(QStringLiteral("We made a referral to a partner."), QStringLiteral("en"));
    ASSERT_EQ(english.size(), 1);
    EXPECT_EQ(english[0].term, QStringLiteral("referral"));
    EXPECT_FALSE(
        PlainLanguageCheck::check(QStringLiteral("Het VE-programma."), QStringLiteral("en")).isEmpty());
}

TEST(PlainLanguageCheckTest, TheShippedTipLibraryIsWrittenAtB1)
{
    QStringList codes = HomeTipLibrary::domainCodes();
    codes.append(QStringLiteral("other"));
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        for (const QString& code : codes) {
            const HomeTips tips = HomeTipLibrary::forDomain(code, language);
            QStringList texts = tips.tips;
            texts << tips.goesWell.arg(QStringLiteral("Noor")) << tips.workingOn.arg(QStringLiteral("Noor"));
            EXPECT_GE(tips.tips.size(), 2) << code.toStdString();
            for (const QString& text : texts)
                EXPECT_TRUE(PlainLanguageCheck::check(text, language).isEmpty()) << text.toStdString();
        }
    }
}

class ParentSummaryTest : public CoreFixture
{
protected:
    void observe(const QString& body, const QString& domain, ObservationKind kind, bool restricted = false)
    {
        Observation o;
        o.childId = childA1;
        o.observedAt = Clock::nowUtc().addDays(-3);
        o.body = body;
        o.kind = kind;
        o.restricted = restricted;
        o.domainIds = {domainId(domain)};
        ObservationStore(db()).create(practitionerA1, o);
    }
    qint64 need(const QString& domain, const QString& description)
    {
        SupportNeed n;
        n.childId = childA1;
        n.domainId = domainId(domain);
        n.description = description;
        n.strengths = description + QStringLiteral(" (wat werkt)");
        n.signalledOn = Clock::today().addDays(-30);
        return SupportNeedStore(db()).create(practitionerA1, n);
    }
};

TEST_F(ParentSummaryTest, LeadsWithStrengthsAndKeepsRestrictedAndFamilyTextOut)
{
    observe(QStringLiteral("Zingt alle liedjes mee."), QStringLiteral("social_emotional"),
            ObservationKind::Strength);
    observe(QStringLiteral("GEHEIMNOTITIE over thuis"), QStringLiteral("language"), ObservationKind::Concern,
            true);
    const qint64 languageNeed = need(QStringLiteral("language"), QStringLiteral("TAALTEKST weinig woorden"));
    need(QStringLiteral("family"), QStringLiteral("GEZINSTEKST scheiding ouders"));
    Partner therapist;
    therapist.name = QStringLiteral("Logopedie Zeeheldenkwartier");
    therapist.categoryCode = QStringLiteral("speech_therapy");
    therapist.phone = QStringLiteral("070 123 45 67");
    Referral referral;
    referral.needId = languageNeed;
    referral.partnerId = PartnerStore(db()).create(admin, therapist);
    referral.referredOn = Clock::today().addDays(-10);
    ReferralStore(db()).create(practitionerA1, referral);

    const QString name = ChildStore(db()).get(practitionerA1, childA1).givenName;
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const ParentSummaryContent c =
            ParentSummaryComposer::compose(db(), practitionerA1, childA1, language);
        const QString text = allText(c);
        EXPECT_TRUE(findingsOf(c).isEmpty()) << findingsOf(c).join(QLatin1Char('\n')).toStdString();
        // what goes well: the domain with a "goes well" note first, not a domain with a need
        EXPECT_EQ(c.strengths.section(QLatin1Char('\n'), 0, 0),
                  HomeTipLibrary::forDomain(QStringLiteral("social_emotional"), language).goesWell.arg(name));
        EXPECT_FALSE(c.strengths.contains(
            HomeTipLibrary::forDomain(QStringLiteral("language"), language).goesWell.arg(name)));
        EXPECT_TRUE(c.workingOn.contains(
            HomeTipLibrary::forDomain(QStringLiteral("language"), language).workingOn.arg(name)));
        EXPECT_TRUE(
            c.tips.contains(HomeTipLibrary::forDomain(QStringLiteral("language"), language).tips.first()));
        EXPECT_TRUE(c.help.contains(QStringLiteral("Logopedie Zeeheldenkwartier")));
        EXPECT_TRUE(c.help.contains(QStringLiteral("070 123 45 67")));
        for (const char* secret : {"GEHEIM", "GEZINSTEKST", "TAALTEKST", "wat werkt", "Zingt"})
            EXPECT_FALSE(text.contains(QLatin1String(secret))) << secret;
    }
}

TEST_F(ParentSummaryTest, ALocationsOwnTipsComeInsteadOfTheShippedOnes)
{
    need(QStringLiteral("language"), QStringLiteral("weinig woorden"));
    EXPECT_EQ(refusalOf([&] {
                  ParentTipStore(db()).setTips(practitionerA1, locationA,
                                               domainId(QStringLiteral("language")), QStringLiteral("nl"),
                                               {QStringLiteral("Ga naar de voorleesochtend.")});
              }).kind(),
              Error::Kind::AccessDenied);
    ParentTipStore(db()).setTips(managerA, locationA, domainId(QStringLiteral("language")),
                                 QStringLiteral("nl"), {QStringLiteral("Ga naar de voorleesochtend.")});
    const ParentSummaryContent nl =
        ParentSummaryComposer::compose(db(), practitionerA1, childA1, QStringLiteral("nl"));
    EXPECT_TRUE(nl.tips.contains(QStringLiteral("Ga naar de voorleesochtend.")));
    const ParentSummaryContent en =
        ParentSummaryComposer::compose(db(), practitionerA1, childA1, QStringLiteral("en"));
    EXPECT_FALSE(en.tips.contains(QStringLiteral("voorleesochtend")));
    ParentTipStore(db()).setTips(managerA, locationA, domainId(QStringLiteral("language")),
                                 QStringLiteral("nl"), {});
    EXPECT_FALSE(ParentTipStore(db())
                     .tips(locationA, domainId(QStringLiteral("language")), QStringLiteral("nl"))
                     .has_value());
}

TEST_F(ParentSummaryTest, WhatWasGivenIsKeptAsGivenAndAudited)
{
    ParentSummaryContent c =
        ParentSummaryComposer::compose(db(), practitionerA1, childA1, QStringLiteral("nl"));
    c.strengths = QStringLiteral("Noor helpt graag met opruimen.");
    bool written = false;
    const ParentSummarySnapshot s = ParentSummaryStore(db()).recordGiven(
        practitionerA1, childA1, c, QByteArray("pdf"), [&] { written = true; });
    EXPECT_TRUE(written);
    EXPECT_EQ(s.sha256.size(), 64);
    EXPECT_EQ(AuditLog::entries(db(), 1).constFirst().entity, QStringLiteral("parent_summary"));
    const QList<ParentSummarySnapshot> kept = ParentSummaryStore(db()).forChild(managerA, childA1);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.constFirst().content, c);
    EXPECT_THROW(SqlQuery::run(db(), QStringLiteral("UPDATE parent_summary_snapshots SET content = 'x'")),
                 Error);
    EXPECT_TRUE(AccessRequest::html(AccessRequest::collect(db(), managerA, childA1))
                    .contains(QStringLiteral("Noor helpt graag met opruimen.")));

    // Without what goes well, nothing is given; a failing file leaves no snapshot.
    c.strengths.clear();
    EXPECT_EQ(refusalOf([&] {
                  ParentSummaryStore(db()).recordGiven(practitionerA1, childA1, c, {}, [] {});
              }).kind(),
              Error::Kind::Validation);
    c.strengths = QStringLiteral("Noor lacht veel.");
    EXPECT_THROW(
        ParentSummaryStore(db()).recordGiven(practitionerA1, childA1, c, {},
                                             [] { throw Error(Error::Kind::Io, QStringLiteral("disk")); }),
        Error);
    EXPECT_EQ(countRows(QStringLiteral("parent_summary_snapshots")), 1);
}

// The test the issue asks for: every demo child's summary, in both languages.
TEST(ParentSummaryDemoTest, EveryDemoChildsSummaryPassesTheB1CheckAndLeadsWithStrengths)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const ScopedClock clock(QDate(2026, 3, 10));
    DemoDatabase::create(path);
    const Database db = Database::open(path);
    const Actor marco =
        Authenticator::login(db, QStringLiteral("marco"), QString::fromLatin1(DemoDatabase::password));
    // Text that must never reach parents: restricted notes and whatever is written about the family.
    QStringList secrets;
    SqlQuery q(
        db, QStringLiteral("SELECT o.body FROM observations o WHERE o.restricted = 1 UNION ALL "
                           "SELECT n.description FROM support_needs n JOIN domains d ON d.id = n.domain_id "
                           "WHERE d.code IN ('family', 'basic_needs', 'parent_communication')"));
    q.exec();
    while (q.next())
        secrets.append(q.value(0).toString());
    ASSERT_FALSE(secrets.isEmpty());
    // The demo holds parent conversations, some of them with an interpreter.
    SqlQuery talks(db, QStringLiteral("SELECT COUNT(*), SUM(interpreter_used) FROM parent_conversations"));
    talks.exec();
    ASSERT_TRUE(talks.next());
    EXPECT_GE(talks.value(0).toInt(), 5);
    EXPECT_GE(talks.value(1).toInt(), 1);
    const QList<ChildSummary> children = ChildStore(db).list(marco);
    ASSERT_GT(children.size(), 40);
    for (const ChildSummary& child : children) {
        for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            const ParentSummaryContent c =
                ParentSummaryComposer::compose(db, marco, child.child.id, language);
            const std::string who = child.child.fullName().toStdString() + " " + language.toStdString();
            EXPECT_TRUE(findingsOf(c).isEmpty())
                << who << ": " << findingsOf(c).join(QLatin1Char('\n')).toStdString();
            EXPECT_FALSE(c.strengths.trimmed().isEmpty()) << who;
            EXPECT_TRUE(c.strengths.startsWith(child.child.givenName)) << who;
            for (const QString& secret : secrets)
                EXPECT_FALSE(allText(c).contains(secret)) << who;
        }
    }
}
