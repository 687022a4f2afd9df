#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "Refusal.h"
#include "access/AuditLog.h"
#include "services/AccessRequest.h"
#include "services/Dossier.h"
#include "services/Retention.h"
#include "store/ChildStore.h"
#include "store/ConversationStore.h"
#include "store/SupportNeedStore.h"

#include <QJsonArray>

using namespace kz;

class ConversationTest : public CoreFixture
{
protected:
    ParentConversation talk() const
    {
        ParentConversation c;
        c.childId = childA1;
        c.heldOn = Clock::today().addDays(-2);
        c.participants = QStringLiteral("moeder (Amal), Sanne (pm), tolk");
        c.language = QStringLiteral("Nederlands");
        c.interpreterUsed = true;
        c.interpreterLanguage = QStringLiteral("Arabisch");
        c.discussed = QStringLiteral("Hoe het praten gaat op de groep.");
        c.agreed = QStringLiteral("Thuis voorlezen in het Arabisch.");
        c.nextOn = Clock::today().addDays(40);
        return c;
    }
    qint64 languageNeed(qint64 childId, const Actor& actor)
    {
        SupportNeed n;
        n.childId = childId;
        n.domainId = domainId(QStringLiteral("language"));
        n.description = QStringLiteral("Weinig woorden.");
        n.signalledOn = Clock::today().addDays(-20);
        return SupportNeedStore(db()).create(actor, n);
    }
};

TEST_F(ConversationTest, AConversationIsKeptWithItsInterpreterAndAudited)
{
    const qint64 id = ConversationStore(db()).create(practitionerA1, talk());
    const ParentConversation read = ConversationStore(db()).get(practitionerA1, id);
    EXPECT_EQ(read.heldOn, Clock::today().addDays(-2));
    EXPECT_TRUE(read.interpreterUsed);
    EXPECT_EQ(read.interpreterLanguage, QStringLiteral("Arabisch"));
    EXPECT_EQ(read.agreed, QStringLiteral("Thuis voorlezen in het Arabisch."));
    EXPECT_EQ(read.nextOn, Clock::today().addDays(40));
    EXPECT_EQ(read.createdByName, practitionerA1.displayName);
    const AuditEntry last = AuditLog::entries(db(), 1).constFirst();
    EXPECT_EQ(last.action, QStringLiteral("create"));
    EXPECT_EQ(last.entity, QStringLiteral("parent_conversation"));
    EXPECT_EQ(last.childId, childA1);
    EXPECT_EQ(ConversationStore(db()).forChild(managerA, childA1).size(), 1);
}

TEST_F(ConversationTest, WhatIsMissingOrImpossibleIsRefusedWithTheReason)
{
    ConversationStore store(db());
    ParentConversation noTopic = talk();
    noTopic.discussed = QStringLiteral("  ");
    EXPECT_EQ(refusalOf([&] { store.create(practitionerA1, noTopic); }).kind(), Error::Kind::Validation);
    ParentConversation noInterpreterLanguage = talk();
    noInterpreterLanguage.interpreterLanguage.clear();
    EXPECT_TRUE(refusalOf([&] { store.create(practitionerA1, noInterpreterLanguage); })
                    .userMessage()
                    .contains(QStringLiteral("interpreter")));
    ParentConversation nextBefore = talk();
    nextBefore.nextOn = nextBefore.heldOn.addDays(-1);
    EXPECT_EQ(refusalOf([&] { store.create(practitionerA1, nextBefore); }).kind(), Error::Kind::Validation);
    ParentConversation future = talk();
    future.heldOn = Clock::today().addDays(1);
    future.nextOn.reset();
    EXPECT_EQ(refusalOf([&] { store.create(practitionerA1, future); }).kind(), Error::Kind::Validation);
    EXPECT_EQ(countRows(QStringLiteral("parent_conversations")), 0);
}

TEST_F(ConversationTest, OnlyThoseWhoSeeTheChildRecordOrReadIt)
{
    ConversationStore store(db());
    EXPECT_EQ(refusalOf([&] { store.create(practitionerB, talk()); }).kind(), Error::Kind::NotFound);
    const qint64 id = store.create(practitionerA1, talk());
    EXPECT_EQ(refusalOf([&] { store.get(practitionerA2, id); }).kind(), Error::Kind::NotFound);
    EXPECT_EQ(refusalOf([&] { store.forChild(managerB, childA1); }).kind(), Error::Kind::NotFound);
}

TEST_F(ConversationTest, TheParentsInformedStepNamesTheConversation)
{
    const qint64 needId = languageNeed(childA1, practitionerA1);
    const qint64 id = ConversationStore(db()).create(practitionerA1, talk(), {needId});
    const SupportNeed need = SupportNeedStore(db()).get(practitionerA1, needId);
    EXPECT_EQ(need.parentsInformedOn, Clock::today().addDays(-2));
    EXPECT_EQ(need.parentsInformedIn, id);
    EXPECT_EQ(SupportNeedStore(db()).history(practitionerA1, needId).last().field,
              QStringLiteral("parents_informed"));

    // A need of another child cannot be marked in it, and nothing of the attempt stays.
    const qint64 otherNeed = languageNeed(childA2, practitionerA2);
    EXPECT_EQ(refusalOf([&] { ConversationStore(db()).create(managerA, talk(), {otherNeed}); }).kind(),
              Error::Kind::Validation);
    EXPECT_EQ(countRows(QStringLiteral("parent_conversations")), 1);
    EXPECT_FALSE(SupportNeedStore(db()).get(managerA, otherNeed).parentsInformedIn.has_value());
}

TEST_F(ConversationTest, ItAppearsInTheTimelineAndTheInzage)
{
    ConversationStore(db()).create(practitionerA1, talk());
    const Dossier dossier(db(), practitionerA1, childA1);
    const QList<TimelineEntry> timeline = dossier.timeline();
    const auto entry = std::find_if(timeline.begin(), timeline.end(), [](const TimelineEntry& e) {
        return e.kind == TimelineEntry::Kind::Conversation;
    });
    ASSERT_NE(entry, timeline.end());
    EXPECT_TRUE(entry->text.contains(QStringLiteral("Arabisch")));
    EXPECT_TRUE(entry->text.contains(QStringLiteral("Thuis voorlezen in het Arabisch.")));

    const QJsonObject everything = AccessRequest::collect(db(), managerA, childA1);
    const QJsonArray conversations = everything.value(QStringLiteral("parent_conversations")).toArray();
    ASSERT_EQ(conversations.size(), 1);
    EXPECT_EQ(conversations.first()[QStringLiteral("interpreter_language")].toString(),
              QStringLiteral("Arabisch"));
    EXPECT_TRUE(AccessRequest::html(everything).contains(QStringLiteral("Hoe het praten gaat op de groep.")));
}

TEST_F(ConversationTest, RetentionPurgesTheConversations)
{
    ConversationStore(db()).create(practitionerA1, talk(), {languageNeed(childA1, practitionerA1)});
    ChildStore(db()).leave(managerA, childA1, Clock::today(), LeaveReason::PrimarySchool);
    Retention::purge(db(), admin, Clock::today().addYears(10));
    EXPECT_EQ(countRows(QStringLiteral("children WHERE id = ") + QString::number(childA1)), 0);
    EXPECT_EQ(countRows(QStringLiteral("parent_conversations")), 0);
}
