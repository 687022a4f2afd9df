#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

// Translated names for the codes core stores, in one place for every view.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(kz::Labels)

public:
    static QString role(Role role);
    static QString roles(const QList<Role>& roles);
    static QString groupKind(GroupKind kind);
    static QString leaveReason(LeaveReason reason);
    static QString needStatus(NeedStatus status);
    static QString level(int level);
    static QString partnerStatus(PartnerStatus status);
    static QString age(int years, int months);
};

} // namespace kz
