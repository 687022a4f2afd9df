#pragma once

#include "domain/Child.h"

#include <QDate>
#include <QString>
#include <optional>

namespace kz {

class Database;

// A VE child's participation, for the handover's VE section: the programme of the location the
// child attends (a setting of the location) and how long the child has taken part, from the later
// of the VE indication and the start at the location until the child left or today.
struct VeParticipation
{
    QString programme;
    QDate from;
    QDate until;
    bool ongoing = true; // still attending: "until now"
    int months = 0;

    // Empty for a child without a VE indication.
    static std::optional<VeParticipation> of(const Database& db, const Child& child, const QDate& today);
    // "14 maanden, van 01-09-2025 tot nu (VE-indicatie sinds 15-08-2025)" in "nl" or "en".
    QString duration(const QDate& indication, const QString& language) const;
};

} // namespace kz
