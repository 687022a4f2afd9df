#pragma once

#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace kz {

// Stable codes as stored in the database; the interface shows translated labels (see Labels).
enum class Role
{
    Practitioner,
    Manager,
    Admin
};
enum class GroupKind
{
    Kdv,
    Peuteropvang,
    PeuteropvangVe,
    Bso
};
enum class NeedStatus
{
    Signalled,
    DiscussedWithParents,
    SupportInPlace,
    Evaluated,
    Closed
};
enum class ObservationKind
{
    Strength,
    Concern,
    Neutral
};
enum class PartnerStatus
{
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed
};
enum class ReferralStatus
{
    Registered,
    Waiting,
    Started,
    Completed,
    Declined
};
enum class LeaveReason
{
    PrimarySchool,
    Moved,
    OtherChildcare,
    Other
};

namespace detail {

template <typename E, std::size_t N> using CodeTable = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N> QString codeOf(const CodeTable<E, N>& table, E value)
{
    for (const auto& [e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const CodeTable<E, N>& table, const QString& code)
{
    for (const auto& [e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}

inline constexpr CodeTable<Role, 3> roleCodes{
    {{Role::Practitioner, "practitioner"}, {Role::Manager, "manager"}, {Role::Admin, "admin"}}};
inline constexpr CodeTable<GroupKind, 4> groupKindCodes{{{GroupKind::Kdv, "kdv"},
                                                         {GroupKind::Peuteropvang, "peuteropvang"},
                                                         {GroupKind::PeuteropvangVe, "peuteropvang_ve"},
                                                         {GroupKind::Bso, "bso"}}};
inline constexpr CodeTable<NeedStatus, 5> needStatusCodes{
    {{NeedStatus::Signalled, "signalled"},
     {NeedStatus::DiscussedWithParents, "discussed_with_parents"},
     {NeedStatus::SupportInPlace, "support_in_place"},
     {NeedStatus::Evaluated, "evaluated"},
     {NeedStatus::Closed, "closed"}}};
inline constexpr CodeTable<ObservationKind, 3> observationKindCodes{{{ObservationKind::Strength, "strength"},
                                                                     {ObservationKind::Concern, "concern"},
                                                                     {ObservationKind::Neutral, "neutral"}}};
inline constexpr CodeTable<PartnerStatus, 4> partnerStatusCodes{
    {{PartnerStatus::Active, "active"},
     {PartnerStatus::Inactive, "inactive"},
     {PartnerStatus::Defunct, "defunct"},
     {PartnerStatus::TemporarilyClosed, "temporarily closed"}}};
inline constexpr CodeTable<ReferralStatus, 5> referralStatusCodes{{{ReferralStatus::Registered, "registered"},
                                                                   {ReferralStatus::Waiting, "waiting"},
                                                                   {ReferralStatus::Started, "started"},
                                                                   {ReferralStatus::Completed, "completed"},
                                                                   {ReferralStatus::Declined, "declined"}}};
inline constexpr CodeTable<LeaveReason, 4> leaveReasonCodes{{{LeaveReason::PrimarySchool, "primary_school"},
                                                             {LeaveReason::Moved, "moved"},
                                                             {LeaveReason::OtherChildcare, "other_childcare"},
                                                             {LeaveReason::Other, "other"}}};

} // namespace detail

inline QString toCode(Role v)
{
    return detail::codeOf(detail::roleCodes, v);
}
inline QString toCode(GroupKind v)
{
    return detail::codeOf(detail::groupKindCodes, v);
}
inline QString toCode(NeedStatus v)
{
    return detail::codeOf(detail::needStatusCodes, v);
}
inline QString toCode(ObservationKind v)
{
    return detail::codeOf(detail::observationKindCodes, v);
}
inline QString toCode(PartnerStatus v)
{
    return detail::codeOf(detail::partnerStatusCodes, v);
}
inline QString toCode(ReferralStatus v)
{
    return detail::codeOf(detail::referralStatusCodes, v);
}
inline QString toCode(LeaveReason v)
{
    return detail::codeOf(detail::leaveReasonCodes, v);
}

inline std::optional<Role> roleFromCode(const QString& c)
{
    return detail::fromCode(detail::roleCodes, c);
}
inline std::optional<GroupKind> groupKindFromCode(const QString& c)
{
    return detail::fromCode(detail::groupKindCodes, c);
}
inline std::optional<NeedStatus> needStatusFromCode(const QString& c)
{
    return detail::fromCode(detail::needStatusCodes, c);
}
inline std::optional<ObservationKind> observationKindFromCode(const QString& c)
{
    return detail::fromCode(detail::observationKindCodes, c);
}
inline std::optional<PartnerStatus> partnerStatusFromCode(const QString& c)
{
    return detail::fromCode(detail::partnerStatusCodes, c);
}
inline std::optional<ReferralStatus> referralStatusFromCode(const QString& c)
{
    return detail::fromCode(detail::referralStatusCodes, c);
}
inline std::optional<LeaveReason> leaveReasonFromCode(const QString& c)
{
    return detail::fromCode(detail::leaveReasonCodes, c);
}

} // namespace kz
