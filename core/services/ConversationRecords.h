#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kz {

class Database;

// The parent conversations and the summaries given to the parents, as the inzage (access request)
// holds them: JSON for the export and an HTML part for the readable page.
class ConversationRecords
{
    Q_DECLARE_TR_FUNCTIONS(kz::ConversationRecords)

public:
    static QJsonArray conversations(const Database& db, const Actor& actor, qint64 childId);
    static QJsonArray summariesGiven(const Database& db, const Actor& actor, qint64 childId);
    // Adds both to `everything` under "parent_conversations" and "parent_summaries_given".
    static void addTo(QJsonObject& everything, const Database& db, const Actor& actor, qint64 childId);
    // The HTML sections for the two, read from what addTo() added.
    static QString html(const QJsonObject& everything);
};

} // namespace kz
