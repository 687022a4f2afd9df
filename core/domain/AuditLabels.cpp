#include "AuditLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace kz {

namespace {

const char* const context = "kz::AuditView";

// A code without a label still reads as words: "partner_freshness" as "partner freshness".
QString labelOf(const QHash<QString, const char*>& labels, const QString& code)
{
    const auto it = labels.constFind(code);
    if (it == labels.constEnd())
        return QString(code).replace(QLatin1Char('_'), QLatin1Char(' '));
    return QCoreApplication::translate(context, *it);
}

} // namespace

QString AuditLabels::action(const QString& code)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("view"), QT_TRANSLATE_NOOP("kz::AuditView", "viewed")},
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("kz::AuditView", "created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("kz::AuditView", "changed")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("kz::AuditView", "status changed")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("kz::AuditView", "linked")},
        {QStringLiteral("escalate"), QT_TRANSLATE_NOOP("kz::AuditView", "escalated")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("kz::AuditView", "exported")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("kz::AuditView", "logged in")},
        {QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("kz::AuditView", "login refused")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("kz::AuditView", "password changed")},
        {QStringLiteral("reset_password"), QT_TRANSLATE_NOOP("kz::AuditView", "password reset")},
        {QStringLiteral("deactivate"), QT_TRANSLATE_NOOP("kz::AuditView", "deactivated")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("kz::AuditView", "backup made")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("kz::AuditView", "restored")},
        {QStringLiteral("purge"), QT_TRANSLATE_NOOP("kz::AuditView", "purged")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("kz::AuditView", "settings changed")},
        {QStringLiteral("consent"), QT_TRANSLATE_NOOP("kz::AuditView", "consent recorded")},
        {QStringLiteral("receipt"), QT_TRANSLATE_NOOP("kz::AuditView", "receipt recorded")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("kz::AuditView", "deleted")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("kz::AuditView", "imported")},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("kz::AuditView", "verified")},
        {QStringLiteral("move"), QT_TRANSLATE_NOOP("kz::AuditView", "moved")},
        {QStringLiteral("leave"), QT_TRANSLATE_NOOP("kz::AuditView", "left")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("kz::AuditView", "archived")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("kz::AuditView", "refused")},
        {QStringLiteral("define"), QT_TRANSLATE_NOOP("kz::AuditView", "defined")},
        {QStringLiteral("replace"), QT_TRANSLATE_NOOP("kz::AuditView", "replaced")}};
    return labelOf(labels, code);
}

QString AuditLabels::entity(const QString& code)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("kz::AuditView", "child")},
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("kz::AuditView", "observation")},
        {QStringLiteral("support_need"), QT_TRANSLATE_NOOP("kz::AuditView", "support need")},
        {QStringLiteral("referral"), QT_TRANSLATE_NOOP("kz::AuditView", "referral")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("kz::AuditView", "partner")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("kz::AuditView", "account")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("kz::AuditView", "location")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("kz::AuditView", "group")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("kz::AuditView", "domain")},
        {QStringLiteral("inzage"), QT_TRANSLATE_NOOP("kz::AuditView", "access request")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("kz::AuditView", "database")},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("kz::AuditView", "retention")},
        {QStringLiteral("handover"), QT_TRANSLATE_NOOP("kz::AuditView", "handover to school")},
        {QStringLiteral("handover_draft"), QT_TRANSLATE_NOOP("kz::AuditView", "handover draft")},
        {QStringLiteral("dossier_summary"), QT_TRANSLATE_NOOP("kz::AuditView", "file summary")},
        {QStringLiteral("group_report"), QT_TRANSLATE_NOOP("kz::AuditView", "group report")},
        {QStringLiteral("guardian"), QT_TRANSLATE_NOOP("kz::AuditView", "parent or guardian")},
        {QStringLiteral("children"), QT_TRANSLATE_NOOP("kz::AuditView", "children")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("kz::AuditView", "organisation")},
        {QStringLiteral("case_summary"), QT_TRANSLATE_NOOP("kz::AuditView", "case for intervisie")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("kz::AuditView", "area")},
        {QStringLiteral("partner_freshness"), QT_TRANSLATE_NOOP("kz::AuditView", "partner check period")},
        {QStringLiteral("parent_conversation"),
         QT_TRANSLATE_NOOP("kz::AuditView", "conversation with parents")},
        {QStringLiteral("parent_summary"), QT_TRANSLATE_NOOP("kz::AuditView", "summary for parents")},
        {QStringLiteral("backup_key"), QT_TRANSLATE_NOOP("kz::AuditView", "backup key")},
        {QStringLiteral("backup_folder"), QT_TRANSLATE_NOOP("kz::AuditView", "backup folder")},
        {QStringLiteral("backup_plan"), QT_TRANSLATE_NOOP("kz::AuditView", "backup plan")},
        {QStringLiteral("backup_settings"), QT_TRANSLATE_NOOP("kz::AuditView", "backup settings")}};
    return labelOf(labels, code);
}

const QStringList& AuditLabels::actionCodes()
{
    static const QStringList codes = {
        QStringLiteral("view"),     QStringLiteral("create"),         QStringLiteral("update"),
        QStringLiteral("status"),   QStringLiteral("link"),           QStringLiteral("escalate"),
        QStringLiteral("export"),   QStringLiteral("login"),          QStringLiteral("login_failed"),
        QStringLiteral("password"), QStringLiteral("reset_password"), QStringLiteral("deactivate"),
        QStringLiteral("backup"),   QStringLiteral("restore"),        QStringLiteral("purge"),
        QStringLiteral("settings"), QStringLiteral("consent"),        QStringLiteral("receipt"),
        QStringLiteral("delete"),   QStringLiteral("import"),         QStringLiteral("verify"),
        QStringLiteral("move"),     QStringLiteral("leave"),          QStringLiteral("archive"),
        QStringLiteral("refused"),  QStringLiteral("replace")};
    return codes;
}

} // namespace kz
