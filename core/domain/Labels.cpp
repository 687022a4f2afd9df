#include "Labels.h"

#include "domain/NeedLevel.h"

#include <QLocale>
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

QString Labels::referralStatus(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Registered:
        return tr("registered, not yet waiting");
    case ReferralStatus::Waiting:
        return tr("waiting for help");
    case ReferralStatus::Started:
        return tr("help has started");
    case ReferralStatus::Completed:
        return tr("help completed");
    case ReferralStatus::Declined:
        return tr("not taken up");
    }
    return {};
}

QString Labels::observationKind(ObservationKind kind)
{
    switch (kind) {
    case ObservationKind::Strength:
        return tr("what goes well");
    case ObservationKind::Concern:
        return tr("a concern");
    case ObservationKind::Neutral:
        return tr("a note");
    }
    return {};
}

QString Labels::age(int years, int months)
{
    return tr("%1 y %2 m").arg(years).arg(months);
}

QString Labels::needStatusInText(NeedStatus status)
{
    switch (status) {
    case NeedStatus::Signalled:
        return QCoreApplication::translate("kz::DossierSummary", "signalled");
    case NeedStatus::DiscussedWithParents:
        return QCoreApplication::translate("kz::DossierSummary", "discussed with the parents");
    case NeedStatus::SupportInPlace:
        return QCoreApplication::translate("kz::DossierSummary", "support in place");
    case NeedStatus::Evaluated:
        return QCoreApplication::translate("kz::DossierSummary", "evaluated");
    case NeedStatus::Closed:
        return QCoreApplication::translate("kz::DossierSummary", "closed");
    }
    return {};
}

QString Labels::levelInColumn(int level)
{
    switch (level) {
    case 1:
        return QCoreApplication::translate("kz::DossierSummary", "1 (basic)");
    case 2:
        return QCoreApplication::translate("kz::DossierSummary", "2 (basic plus)");
    default:
        return QCoreApplication::translate("kz::DossierSummary", "3 (specialised)");
    }
}

QString Labels::consentState(ConsentState state)
{
    switch (state) {
    case ConsentState::NotRequested:
        return QCoreApplication::translate("kz::HandoverRules", "not requested");
    case ConsentState::Awaiting:
        return QCoreApplication::translate("kz::HandoverRules", "awaiting an answer");
    case ConsentState::Given:
        return QCoreApplication::translate("kz::HandoverRules", "given");
    case ConsentState::Denied:
        return QCoreApplication::translate("kz::HandoverRules", "denied");
    }
    return {};
}

QString Labels::handoverSection(HandoverSection section)
{
    switch (section) {
    case HandoverSection::Personal:
        return QCoreApplication::translate("kz::HandoverRules", "Personal description and strengths");
    case HandoverSection::Development:
        return QCoreApplication::translate("kz::HandoverRules", "Development per domain");
    case HandoverSection::Support:
        return QCoreApplication::translate("kz::HandoverRules", "Support that worked");
    case HandoverSection::Partners:
        return QCoreApplication::translate("kz::HandoverRules", "Partners involved");
    case HandoverSection::Ve:
        return QCoreApplication::translate("kz::HandoverRules", "VE programme");
    case HandoverSection::ParentsView:
        return QCoreApplication::translate("kz::HandoverRules", "The parents' view");
    }
    return {};
}

QString Labels::handoverSections(const QSet<HandoverSection>& sections)
{
    QStringList names;
    for (HandoverSection s : allHandoverSections())
        if (sections.contains(s))
            names.append(handoverSection(s));
    return names.join(QStringLiteral(", "));
}

QString Labels::domain(const DevelopmentDomain& domain)
{
    return QLocale().language() == QLocale::Dutch ? domain.labelNl : domain.labelEn;
}

} // namespace kz
