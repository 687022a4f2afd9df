#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace kz {

// A conversation with a child's parents, as a record of the child's file: who took part, in which
// language (with an interpreter or not), what was discussed and agreed, and when to talk again.
struct ParentConversation
{
    qint64 id = 0;
    qint64 childId = 0;
    QDate heldOn;
    QString participants; // as people write them: "moeder, Sanne (pm), tolk"
    QString language;     // the language the conversation was held in
    bool interpreterUsed = false;
    QString interpreterLanguage; // set when an interpreter was used
    QString discussed;
    QString agreed;
    std::optional<QDate> nextOn;
    qint64 createdBy = 0;
    QString createdByName; // filled by reads
    QDateTime createdAt;
};

} // namespace kz
