#include "Clock.h"
#include "CoreFixture.h"
#include "domain/AuditLabels.h"
#include "domain/Enums.h"
#include "domain/Handover.h"
#include "domain/Partner.h"
#include "services/AccessRequest.h"
#include "services/Dossier.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

#include <QRegularExpression>
#include <QTranslator>

using namespace kz;

namespace {

// Writes every interface word in capitals: whatever is left in small letters on the page came
// from the data, so a code that slipped through untranslated shows.
class CapitalsTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return QString::fromUtf8(source).toUpper().replace(QStringLiteral("%N"), QStringLiteral("%n"));
    }
};

template <typename E, std::size_t N> void addCodes(QStringList& codes, const detail::CodeTable<E, N>& table)
{
    for (const auto& [value, code] : table)
        codes.append(QString::fromLatin1(code));
}

QStringList everyCode()
{
    QStringList codes;
    addCodes(codes, detail::needStatusCodes);
    addCodes(codes, detail::observationKindCodes);
    addCodes(codes, detail::referralStatusCodes);
    addCodes(codes, detail::leaveReasonCodes);
    addCodes(codes, detail::roleCodes);
    addCodes(codes, detail::groupKindCodes);
    for (HandoverSection s : allHandoverSections())
        codes.append(toCode(s));
    for (ConsentState s :
         {ConsentState::NotRequested, ConsentState::Awaiting, ConsentState::Given, ConsentState::Denied})
        codes.append(toCode(s));
    codes << AuditLabels::actionCodes();
    codes << QStringLiteral("support_need") << QStringLiteral("observation") << QStringLiteral("child")
          << QStringLiteral("inzage") << QStringLiteral("guardian") << QStringLiteral("referral")
          << QStringLiteral("parents_informed") << QStringLiteral("review_date") << QStringLiteral("created")
          << QStringLiteral("escalation") << QStringLiteral("level") << QStringLiteral("view child");
    return codes;
}

// The words people read: without the style sheet and the tags.
QString readableText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<style>.*</style>")));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html;
}

} // namespace

class AccessRequestPageTest : public CoreFixture
{
protected:
    // A file with something in every part of the page.
    void fillAnnasFile()
    {
        Guardian g;
        g.childId = childA1;
        g.name = QStringLiteral("Marieke Testkind");
        g.relation = QStringLiteral("moeder");
        g.preferredLanguage = QStringLiteral("Nederlands");
        GuardianStore(db()).add(managerA, g);
        SupportNeed need;
        need.childId = childA1;
        need.domainId = domainId(QStringLiteral("language"));
        need.description = QStringLiteral("Weinig woorden");
        need.signalledOn = Clock::today().addMonths(-2);
        need.reviewDate = Clock::today().addMonths(1);
        SupportNeedStore needs(db());
        const qint64 needId = needs.create(practitionerA1, need);
        needs.recordParentsInformed(practitionerA1, needId, Clock::today().addMonths(-1),
                                    QStringLiteral("Herkend"));
        needs.changeStatus(practitionerA1, needId, NeedStatus::SupportInPlace,
                           QStringLiteral("Aanpak gestart"));
        Partner p;
        p.name = QStringLiteral("Logopedie Klank");
        p.categoryCode = QStringLiteral("speech_therapy");
        Referral r;
        r.needId = needId;
        r.partnerId = PartnerStore(db()).create(managerA, p);
        r.referredOn = Clock::today().addDays(-10);
        r.status = ReferralStatus::Waiting;
        ReferralStore(db()).create(practitionerA1, r);
        Observation o;
        o.childId = childA1;
        o.observedAt = Clock::nowUtc().addDays(-3);
        o.body = QStringLiteral("Zong mee");
        o.kind = ObservationKind::Strength;
        o.domainIds = {need.domainId};
        o.restricted = true;
        ObservationStore(db()).create(practitionerA1, o);
        p.name = QStringLiteral("Basisschool De Linde");
        p.categoryCode = QStringLiteral("school");
        HandoverConsent consent;
        consent.state = ConsentState::Given;
        consent.date = Clock::today();
        consent.givenBy = QStringLiteral("Marieke Testkind");
        consent.sections = everyHandoverSection();
        HandoverStore(db()).recordConsent(managerA, childA1, PartnerStore(db()).create(managerA, p), consent);
        Dossier(db(), practitionerA1, childA1); // "view child" in the access log
    }
};

TEST_F(AccessRequestPageTest, TheParentsReadWordsNotCodes)
{
    const ScopedClock clock(QDate(2026, 5, 20));
    fillAnnasFile();
    CapitalsTranslator capitals;
    QCoreApplication::installTranslator(&capitals);
    const QString html = AccessRequest::html(AccessRequest::collect(db(), managerA, childA1));
    QCoreApplication::removeTranslator(&capitals);
    const QString text = readableText(html);

    for (const QString& code : everyCode()) {
        const QRegularExpression word(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(code) +
                                      QStringLiteral("(?![\\w])"));
        EXPECT_FALSE(word.match(text).hasMatch()) << "the code \"" << qPrintable(code) << "\" is on the page";
    }
    // The words instead, the data as written, and dates as people read them.
    EXPECT_TRUE(text.contains(QStringLiteral("SUPPORT IN PLACE"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("WAITING FOR HELP")));
    EXPECT_TRUE(text.contains(QStringLiteral("VIEWED CHILD")));
    EXPECT_TRUE(text.contains(QStringLiteral("YOU MAY ASK US")));
    EXPECT_TRUE(text.contains(QStringLiteral("Weinig woorden")));
    EXPECT_TRUE(text.contains(QStringLiteral("20 May 2026")));
    EXPECT_FALSE(text.contains(QStringLiteral("2026-05-20")));
}

TEST_F(AccessRequestPageTest, ThePageSaysWhichLanguageItIsIn)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const ScopedClock clock(QDate(2026, 5, 20));
    const QString html = AccessRequest::html(AccessRequest::collect(db(), managerA, childA1));
    QLocale::setDefault(before);
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang='nl'>")));
    EXPECT_TRUE(html.contains(QStringLiteral("mei 2026")));
}
