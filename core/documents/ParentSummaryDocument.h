#pragma once

#include "PagedDocument.h"
#include "domain/ParentSummary.h"
#include "domain/User.h"

#include <QDate>

namespace kz {

class Database;

// The summary for parents on paper or as PDF, in its own language (not the interface's): large
// type, the five sections with their headings, lines starting with "- " as a list.
class ParentSummaryDocument
{
public:
    ParentSummaryDocument(ParentSummaryContent content, QString locationName, QDate date);
    // The location of the child's group as the header, when the actor may see it.
    static ParentSummaryDocument forChild(const Database& db, const Actor& actor, qint64 childId,
                                          const ParentSummaryContent& content, const QDate& date);

    QString html() const;
    PagedDocument paged() const;
    QByteArray pdf() const;

private:
    ParentSummaryContent m_content;
    QString m_locationName;
    QDate m_date;
};

} // namespace kz
