#include "Labels.h"

#include "domain/NeedLevel.h"

#include <QStringList>

namespace kz {

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Practitioner:
        return tr("Pedagogical practitioner");
    case Role::Manager:
        return tr("Location manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Labels::roles(const QList<Role>& roles)
{
    QStringList names;
    for (Role r : roles)
        names.append(role(r));
    return names.join(QStringLiteral(", "));
}

QString Labels::groupKind(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Kdv:
        return tr("Day care");
    case GroupKind::Peuteropvang:
        return tr("Pre-school");
    case GroupKind::PeuteropvangVe:
        return tr("Pre-school (VE)");
    case GroupKind::Bso:
        return tr("Out-of-school care");
    }
    return {};
}

QString Labels::leaveReason(LeaveReason reason)
{
    switch (reason) {
    case LeaveReason::PrimarySchool:
        return tr("To primary school");
    case LeaveReason::Moved:
        return tr("Moved away");
    case LeaveReason::OtherChildcare:
        return tr("To other childcare");
    case LeaveReason::Other:
        return tr("Other reason");
    }
    return {};
}

QString Labels::needStatus(NeedStatus status)
{
    switch (status) {
    case NeedStatus::Signalled:
        return tr("Signalled");
    case NeedStatus::DiscussedWithParents:
        return tr("Discussed with parents");
    case NeedStatus::SupportInPlace:
        return tr("Support in place");
    case NeedStatus::Evaluated:
        return tr("Evaluated");
    case NeedStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Labels::level(int level)
{
    return NeedLevel::label(level);
}

QString Labels::partnerStatus(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Active:
        return tr("Active");
    case PartnerStatus::Inactive:
        return tr("Inactive");
    case PartnerStatus::Defunct:
        return tr("Defunct");
    case PartnerStatus::TemporarilyClosed:
        return tr("Temporarily closed");
    }
    return {};
}

QString Labels::age(int years, int months)
{
    return tr("%1 y %2 m").arg(years).arg(months);
}

} // namespace kz
