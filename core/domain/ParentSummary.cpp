#include "ParentSummary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kz {

QByteArray ParentSummaryContent::toJson() const
{
    const QJsonObject o{{QStringLiteral("language"), language},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("strengths"), strengths},
                        {QStringLiteral("working_on"), workingOn},
                        {QStringLiteral("tips"), tips},
                        {QStringLiteral("help"), help},
                        {QStringLiteral("next_conversation"), nextConversation}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ParentSummaryContent ParentSummaryContent::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    ParentSummaryContent c;
    c.language = o.value(QStringLiteral("language")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    c.strengths = o.value(QStringLiteral("strengths")).toString();
    c.workingOn = o.value(QStringLiteral("working_on")).toString();
    c.tips = o.value(QStringLiteral("tips")).toString();
    c.help = o.value(QStringLiteral("help")).toString();
    c.nextConversation = o.value(QStringLiteral("next_conversation")).toString();
    return c;
}

} // namespace kz
