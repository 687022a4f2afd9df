#include "CopyTables.h"

namespace kz {

namespace {

CopiedReference to(const char* column, const char* table)
{
    return {QString::fromLatin1(column), QString::fromLatin1(table)};
}

QList<CopiedTable> organisation()
{
    return {
        {QStringLiteral("meta"), {}, MergeRule::TargetKeeps},
        {QStringLiteral("locations"), {}},
        {QStringLiteral("groups"), {to("location_id", "locations")}},
        {QStringLiteral("users"), {}},
        {QStringLiteral("user_roles"), {to("user_id", "users")}},
        {QStringLiteral("user_groups"), {to("user_id", "users"), to("group_id", "groups")}},
        {QStringLiteral("user_locations"), {to("user_id", "users"), to("location_id", "locations")}},
        {QStringLiteral("login_failures"), {}, MergeRule::TargetKeeps},
        {QStringLiteral("domains"), {}, MergeRule::MatchCode},
        {QStringLiteral("areas"), {}, MergeRule::AddMissing},
        {QStringLiteral("partner_categories"), {to("domain_id", "domains")}, MergeRule::MatchCode},
        {QStringLiteral("partner_category_domains"),
         {to("category_id", "partner_categories"), to("domain_id", "domains")},
         MergeRule::AddMissing},
        {QStringLiteral("partners"),
         {to("category_id", "partner_categories"), to("updated_by", "users")},
         MergeRule::MatchPartner},
        {QStringLiteral("partner_service_areas"), {to("partner_id", "partners")}, MergeRule::OfAddedPartner},
        {QStringLiteral("partner_contacts"), {to("partner_id", "partners")}, MergeRule::OfAddedPartner},
    };
}

QList<CopiedTable> childFiles()
{
    return {
        {QStringLiteral("children"), {to("group_id", "groups"), to("updated_by", "users")}},
        {QStringLiteral("guardians"), {to("child_id", "children"), to("updated_by", "users")}},
        {QStringLiteral("child_group_moves"),
         {to("child_id", "children"), to("from_group_id", "groups"), to("to_group_id", "groups"),
          to("moved_by", "users")}},
        {QStringLiteral("parent_conversations"), {to("child_id", "children"), to("created_by", "users")}},
        {QStringLiteral("support_needs"),
         {to("child_id", "children"), to("domain_id", "domains"), to("signalled_by", "users"),
          to("parents_informed_conversation_id", "parent_conversations"), to("updated_by", "users")}},
        {QStringLiteral("support_need_history"), {to("need_id", "support_needs"), to("changed_by", "users")}},
        {QStringLiteral("observations"),
         {to("child_id", "children"), to("author_id", "users"), to("need_id", "support_needs"),
          to("updated_by", "users")}},
        {QStringLiteral("observation_domains"),
         {to("observation_id", "observations"), to("domain_id", "domains")}},
        {QStringLiteral("observation_revisions"),
         {to("observation_id", "observations"), to("replaced_by", "users")}},
        {QStringLiteral("observation_drafts"),
         {to("user_id", "users"), to("child_id", "children"), to("need_id", "support_needs")}},
        {QStringLiteral("referrals"),
         {to("need_id", "support_needs"), to("partner_id", "partners"), to("created_by", "users")}},
        {QStringLiteral("handovers"),
         {to("child_id", "children"), to("school_id", "partners"), to("consent_recorded_by", "users")}},
        {QStringLiteral("handover_snapshots"),
         {to("child_id", "children"), to("school_id", "partners"), to("exported_by", "users")}},
        {QStringLiteral("parent_summary_snapshots"), {to("child_id", "children"), to("given_by", "users")}},
        {QStringLiteral("parent_tips"),
         {to("location_id", "locations"), to("domain_id", "domains"), to("updated_by", "users")}},
    };
}

QList<CopiedTable> records()
{
    return {
        // child_id has no foreign key (a purged child's trail stays) but is a child's id all the same.
        {QStringLiteral("audit_log"),
         {to("user_id", "users"), {QStringLiteral("child_id"), QStringLiteral("children"), false}}},
        {QStringLiteral("retention_log"), {to("purged_by", "users")}},
        {QStringLiteral("backup_keys"), {to("created_by", "users")}, MergeRule::TargetKeeps},
        {QStringLiteral("backup_log"), {to("key_id", "backup_keys")}, MergeRule::TargetKeeps},
    };
}

} // namespace

const QList<CopiedTable>& CopyTables::inOrder()
{
    static const QList<CopiedTable> tables = organisation() + childFiles() + records();
    return tables;
}

} // namespace kz
