#include "ConversationStore.h"

#include "Clock.h"
#include "Error.h"
#include "SupportNeedStore.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

namespace kz {

namespace {

constexpr qsizetype maxFieldLength = 20'000;

void requireField(const QString& value, const QString& message)
{
    if (value.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, message);
}

} // namespace

void ConversationStore::validate(const ParentConversation& c)
{
    if (!c.heldOn.isValid())
        throw Error(Error::Kind::Validation, tr("Give the date of the conversation."));
    if (c.heldOn > Clock::today())
        throw Error(Error::Kind::Validation,
                    tr("The conversation date lies in the future; record a conversation once it was held."));
    requireField(c.participants, tr("Name who took part in the conversation."));
    requireField(c.language, tr("Give the language the conversation was held in."));
    requireField(c.discussed, tr("Write down what was discussed."));
    if (c.interpreterUsed)
        requireField(c.interpreterLanguage, tr("Give the language the interpreter spoke."));
    if (!c.interpreterUsed && !c.interpreterLanguage.trimmed().isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("An interpreter's language is given, but no interpreter was used."));
    if (c.nextOn && *c.nextOn <= c.heldOn)
        throw Error(Error::Kind::Validation, tr("The next conversation must come after this one."));
    for (const QString* text :
         {&c.participants, &c.language, &c.interpreterLanguage, &c.discussed, &c.agreed})
        if (text->size() > maxFieldLength)
            throw Error(Error::Kind::Validation,
                        tr("A field of the conversation is longer than %1 characters.").arg(maxFieldLength));
}

qint64 ConversationStore::create(const Actor& actor, const ParentConversation& conversation,
                                 const QList<qint64>& informedNeedIds)
{
    validate(conversation);
    Transaction transaction(m_db);
    AccessPolicy::requireChild(m_db, actor, conversation.childId);
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO parent_conversations (child_id, held_on, participants, language, "
                         "interpreter_used, interpreter_language, discussed, agreed, next_on, created_by, "
                         "created_at, updated_at) VALUES (:child, :held, :participants, :language, :used, "
                         ":interpreter, :discussed, :agreed, :next, :by, :now, :now) RETURNING id"));
    q.bind(QStringLiteral(":child"), conversation.childId)
        .bind(QStringLiteral(":held"), sql::date(conversation.heldOn))
        .bind(QStringLiteral(":participants"), conversation.participants.trimmed())
        .bind(QStringLiteral(":language"), conversation.language.trimmed())
        .bind(QStringLiteral(":used"), conversation.interpreterUsed ? 1 : 0)
        .bind(QStringLiteral(":interpreter"), conversation.interpreterLanguage.trimmed())
        .bind(QStringLiteral(":discussed"), conversation.discussed.trimmed())
        .bind(QStringLiteral(":agreed"), conversation.agreed.trimmed())
        .bind(QStringLiteral(":next"), sql::date(conversation.nextOn))
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    const qint64 id = q.insertedId();
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("parent_conversation"), id,
                     conversation.childId);
    SupportNeedStore needs(m_db);
    for (qint64 needId : informedNeedIds) {
        const SupportNeed need = needs.get(actor, needId);
        // the parents' earlier response stays; what was said now is in the conversation
        needs.recordParentsInformed(actor, needId, conversation.heldOn, need.parentsResponse, id);
    }
    m_db.recordChange({Change::Subject::Child, conversation.childId, conversation.childId});
    transaction.commit();
    return id;
}

QList<ParentConversation> ConversationStore::read(const QString& where, qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT c.id, c.child_id, c.held_on, c.participants, c.language, "
                                    "c.interpreter_used, c.interpreter_language, c.discussed, c.agreed, "
                                    "c.next_on, c.created_by, COALESCE(u.display_name, ''), c.created_at "
                                    "FROM parent_conversations c LEFT JOIN users u ON u.id = c.created_by "
                                    "WHERE ") +
                         where + QStringLiteral(" ORDER BY c.held_on DESC, c.id DESC"));
    q.bind(QStringLiteral(":id"), id).exec();
    QList<ParentConversation> result;
    while (q.next()) {
        ParentConversation c;
        c.id = q.value(0).toLongLong();
        c.childId = q.value(1).toLongLong();
        c.heldOn = sql::toDate(q.value(2));
        c.participants = q.value(3).toString();
        c.language = q.value(4).toString();
        c.interpreterUsed = q.value(5).toInt() != 0;
        c.interpreterLanguage = q.value(6).toString();
        c.discussed = q.value(7).toString();
        c.agreed = q.value(8).toString();
        c.nextOn = sql::toOptionalDate(q.value(9));
        c.createdBy = q.value(10).toLongLong();
        c.createdByName = q.value(11).toString();
        c.createdAt = sql::toMoment(q.value(12));
        result.append(c);
    }
    return result;
}

ParentConversation ConversationStore::get(const Actor& actor, qint64 conversationId) const
{
    const QList<ParentConversation> found = read(QStringLiteral("c.id = :id"), conversationId);
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound, tr("This conversation was not found."));
    AccessPolicy::requireChild(m_db, actor, found.constFirst().childId);
    return found.constFirst();
}

QList<ParentConversation> ConversationStore::forChild(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    return read(QStringLiteral("c.child_id = :id"), childId);
}

} // namespace kz
