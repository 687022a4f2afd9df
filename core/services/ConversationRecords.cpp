#include "ConversationRecords.h"

#include "store/ConversationStore.h"
#include "store/ParentSummaryStore.h"

#include <QJsonDocument>

namespace kz {

namespace {

const QString conversationsKey = QStringLiteral("parent_conversations");
const QString summariesKey = QStringLiteral("parent_summaries_given");

QString escaped(const QJsonValue& v)
{
    return v.toVariant().toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QJsonArray ConversationRecords::conversations(const Database& db, const Actor& actor, qint64 childId)
{
    QJsonArray result;
    for (const ParentConversation& c : ConversationStore(db).forChild(actor, childId))
        result.append(QJsonObject{{QStringLiteral("held_on"), c.heldOn.toString(Qt::ISODate)},
                                  {QStringLiteral("participants"), c.participants},
                                  {QStringLiteral("language"), c.language},
                                  {QStringLiteral("interpreter_used"), c.interpreterUsed},
                                  {QStringLiteral("interpreter_language"), c.interpreterLanguage},
                                  {QStringLiteral("discussed"), c.discussed},
                                  {QStringLiteral("agreed"), c.agreed},
                                  {QStringLiteral("next_on"),
                                   c.nextOn ? QJsonValue(c.nextOn->toString(Qt::ISODate)) : QJsonValue()},
                                  {QStringLiteral("recorded_by"), c.createdByName}});
    return result;
}

QJsonArray ConversationRecords::summariesGiven(const Database& db, const Actor& actor, qint64 childId)
{
    QJsonArray result;
    for (const ParentSummarySnapshot& s : ParentSummaryStore(db).forChild(actor, childId))
        result.append(
            QJsonObject{{QStringLiteral("given_at"), s.givenAt.toString(Qt::ISODate)},
                        {QStringLiteral("given_by"), s.givenByName},
                        {QStringLiteral("language"), s.content.language},
                        {QStringLiteral("sha256"), s.sha256},
                        {QStringLiteral("content"), QJsonDocument::fromJson(s.content.toJson()).object()}});
    return result;
}

void ConversationRecords::addTo(QJsonObject& everything, const Database& db, const Actor& actor,
                                qint64 childId)
{
    everything.insert(conversationsKey, conversations(db, actor, childId));
    everything.insert(summariesKey, summariesGiven(db, actor, childId));
}

QString ConversationRecords::html(const QJsonObject& everything)
{
    QString out = QStringLiteral("<h2>%1</h2><table>").arg(tr("Conversations with the parents"));
    for (const QJsonValue& v : everything.value(conversationsKey).toArray()) {
        QString language = escaped(v[QStringLiteral("language")]);
        if (v[QStringLiteral("interpreter_used")].toBool())
            language += QStringLiteral(", ") +
                        tr("interpreter (%1)").arg(escaped(v[QStringLiteral("interpreter_language")]));
        out += QStringLiteral("<tr><td>%1</td><td>%2<br>%3</td><td>%4: %5<br>%6: %7<br>%8: %9</td></tr>")
                   .arg(escaped(v[QStringLiteral("held_on")]), escaped(v[QStringLiteral("participants")]),
                        language, tr("Discussed"), escaped(v[QStringLiteral("discussed")]), tr("Agreed"),
                        escaped(v[QStringLiteral("agreed")]), tr("Next conversation"),
                        escaped(v[QStringLiteral("next_on")]));
    }
    out += QStringLiteral("</table><h2>%1</h2><table>").arg(tr("Summaries given to the parents"));
    for (const QJsonValue& v : everything.value(summariesKey).toArray()) {
        const QJsonObject content = v[QStringLiteral("content")].toObject();
        QString text;
        for (const QString& key :
             {QStringLiteral("title"), QStringLiteral("strengths"), QStringLiteral("working_on"),
              QStringLiteral("tips"), QStringLiteral("help"), QStringLiteral("next_conversation")})
            text += escaped(content.value(key)) + QStringLiteral("<br>");
        out += QStringLiteral("<tr><td>%1<br>%2</td><td>%3</td></tr>")
                   .arg(escaped(v[QStringLiteral("given_at")]), escaped(v[QStringLiteral("given_by")]), text);
    }
    return out + QStringLiteral("</table>");
}

} // namespace kz
