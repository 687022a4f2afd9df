#include "services/PartnerSuggestions.h"

#include "Clock.h"
#include "db/Database.h"
#include "demo/DemoDatabase.h"
#include "domain/Age.h"
#include "services/Authenticator.h"
#include "services/PartnerFinder.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace kz;

namespace {

QStringList names(const QList<PartnerSuggestion>& suggestions)
{
    QStringList result;
    for (const PartnerSuggestion& s : suggestions)
        result.append(s.partner.name);
    return result;
}

// The suggestions and the escalation prompt over the demo's own sociale kaart.
class PartnerSuggestionsTest : public ::testing::Test
{
protected:
    // The demo takes seconds to write: one for the suite (the tests only add needs to it).
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        DemoDatabase::create(dir->filePath(QStringLiteral("demo.db")));
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }

    void SetUp() override
    {
        db.emplace(Database::open(dir->filePath(QStringLiteral("demo.db"))));
        manager =
            Authenticator::login(*db, QStringLiteral("marco"), QString::fromLatin1(DemoDatabase::password));
        language = DomainStore(*db).byCode(QStringLiteral("language"))->id;
    }

    // An enrolled child of three or four whose wijk lies in this stadsdeel.
    Child childIn(const QString& stadsdeel) const
    {
        const PartnerFinder areas(PartnerStore(*db).areas(), Clock::today());
        for (const ChildSummary& s : ChildStore(*db).list(manager)) {
            const QStringList chain = areas.enclosingAreas(s.child.neighbourhood);
            const int age = Age::between(s.child.birthDate, Clock::today()).years;
            if (chain.size() >= 2 && chain.at(1) == stadsdeel && age >= 3 && age <= 4)
                return s.child;
        }
        ADD_FAILURE() << "no child of 3 or 4 in " << stadsdeel.toStdString();
        return {};
    }

    static inline QTemporaryDir* dir = nullptr;
    std::optional<Database> db;
    Actor manager;
    qint64 language = 0;
};

} // namespace

TEST_F(PartnerSuggestionsTest, ALevelThreeSpeechNeedPutsTheSpeechTherapistAboveTheLibrary)
{
    const Child child = childIn(QStringLiteral("Haagse Hout"));
    SupportNeed need;
    need.childId = child.id;
    need.domainId = language;
    need.level = 3;
    need.description = QStringLiteral("Spreekt nauwelijks, verstaat weinig");
    need.signalledOn = Clock::today();
    const qint64 needId = SupportNeedStore(*db).create(manager, need);

    const QList<PartnerSuggestion> suggestions = PartnerSuggestions::forNeed(*db, manager, needId);
    const QStringList list = names(suggestions);
    ASSERT_FALSE(list.isEmpty());
    const qsizetype kentalis = list.indexOf(QStringLiteral("Kentalis"));
    const qsizetype speechTherapist = list.indexOf(QStringLiteral("Logopedie Segbroek"));
    const qsizetype library = list.indexOf(QStringLiteral("Bibliotheek Haagse Hout"));
    ASSERT_GE(kentalis, 0);
    ASSERT_GE(speechTherapist, 0);
    ASSERT_GE(library, 0);
    EXPECT_LT(kentalis, library);
    EXPECT_LT(speechTherapist, library);
    // The first (preselected) is specialised help for this domain, and says so first.
    EXPECT_NE(suggestions.first().partner.categoryCode, QStringLiteral("language"));
    EXPECT_TRUE(PartnerFit::isSpecialised(suggestions.first().partner.categoryCode));
    EXPECT_EQ(suggestions.first().reasons.first(), QStringLiteral("helps with Language and speech"));
    EXPECT_TRUE(suggestions.at(kentalis).reasons.contains(QStringLiteral("specialised help for level 3")));
    EXPECT_TRUE(suggestions.at(kentalis).reasons.contains(QStringLiteral("serves Haagse Hout")));
    EXPECT_TRUE(suggestions.at(library).reasons.contains(QStringLiteral("basic help, not specialised")));
    // Within the same fit, the partner that serves the child's stadsdeel before the one that does not.
    EXPECT_LT(kentalis, speechTherapist);
    EXPECT_TRUE(suggestions.at(speechTherapist)
                    .reasons.join(QLatin1Char(' '))
                    .contains(QStringLiteral("does not serve")));

    // At level 1 the same need starts with basic help.
    const QList<PartnerSuggestion> basic = PartnerSuggestions::forChild(*db, manager, child.id, language, 1);
    ASSERT_FALSE(basic.isEmpty());
    EXPECT_EQ(basic.first().partner.categoryCode, QStringLiteral("language"));
}

TEST_F(PartnerSuggestionsTest, TheLevelThreePromptNamesOnlyPartnersOfTheChildsOwnStadsdeel)
{
    const PartnerFinder areas(PartnerStore(*db).areas(), Clock::today());
    for (const QString& stadsdeel : {QStringLiteral("Haagse Hout"), QStringLiteral("Segbroek")}) {
        const Child child = childIn(stadsdeel);
        const QStringList chain = areas.enclosingAreas(child.neighbourhood);
        const QList<PartnerSuggestion> prompt =
            PartnerSuggestions::forEscalation(*db, manager, child.id, language);
        const QStringList list = names(prompt);
        ASSERT_FALSE(list.isEmpty()) << stadsdeel.toStdString();
        for (const PartnerSuggestion& s : prompt) {
            bool servesChild = false;
            for (const QString& area : chain)
                servesChild = servesChild || s.partner.serviceAreas.contains(area, Qt::CaseInsensitive);
            EXPECT_TRUE(servesChild) << s.partner.name.toStdString() << " in the prompt for "
                                     << stadsdeel.toStdString();
            EXPECT_TRUE(PartnerFit::isSpecialised(s.partner.categoryCode)) << s.partner.name.toStdString();
        }
        const QString ownCjg = QStringLiteral("CJG ") + stadsdeel;
        const QString otherCjg = stadsdeel == QStringLiteral("Segbroek") ? QStringLiteral("CJG Haagse Hout")
                                                                         : QStringLiteral("CJG Segbroek");
        EXPECT_TRUE(list.contains(ownCjg)) << list.join(QStringLiteral(", ")).toStdString();
        EXPECT_FALSE(list.contains(otherCjg)) << list.join(QStringLiteral(", ")).toStdString();
        EXPECT_FALSE(list.contains(QStringLiteral("Bibliotheek Haagse Hout")));
    }
}
