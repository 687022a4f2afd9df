#pragma once

#include "domain/ParentConversation.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

namespace kz {

class Database;

// Conversations with a child's parents, as records of the file. Whoever may see the child may
// record one; each is audited. Recording a conversation can mark open support needs as "parents
// informed" in it, in the same transaction.
class ConversationStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::ConversationStore)

public:
    explicit ConversationStore(const Database& db) : m_db(db) {}

    // `informedNeedIds`: open needs of this child the parents were told about in the conversation.
    qint64 create(const Actor& actor, const ParentConversation& conversation,
                  const QList<qint64>& informedNeedIds = {});
    ParentConversation get(const Actor& actor, qint64 conversationId) const;
    // Newest first.
    QList<ParentConversation> forChild(const Actor& actor, qint64 childId) const;

    // Throws Validation naming the field when the conversation cannot be kept as it is.
    static void validate(const ParentConversation& conversation);

private:
    QList<ParentConversation> read(const QString& where, qint64 id) const;

    const Database& m_db;
};

} // namespace kz
