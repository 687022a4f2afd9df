#pragma once

#include <QString>

namespace kz {

// Words for the audit trail's codes ("view", "support_need"), for the audit view and for the
// parents' inzage. They keep the translation context of the audit view they were first written in.
class AuditLabels
{
public:
    static QString action(const QString& code); // "viewed", "exported"
    static QString entity(const QString& code); // "support need", "access request"
    static const QStringList& actionCodes();    // every action the trail records, for a filter
};

} // namespace kz
