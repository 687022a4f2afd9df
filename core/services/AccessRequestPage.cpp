#include "AccessRequestPage.h"

#include "ConversationRecords.h"
#include "domain/AuditLabels.h"
#include "domain/Enums.h"
#include "domain/Handover.h"
#include "domain/Labels.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace kz {

namespace {

QString e(const QJsonValue& v)
{
    return v.toVariant().toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Stored as ISO dates and UTC stamps; read as "20 May 2026" and "20 May 2026 14:05" local time.
QString day(const QJsonValue& v)
{
    const QDate d = QDate::fromString(v.toString().left(10), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString moment(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return day(v);
    const QDateTime local = t.toLocalTime();
    return QLocale().toString(local, QStringLiteral("d MMMM yyyy, HH:mm"));
}

QString row(const QStringList& cells)
{
    return QStringLiteral("<tr><td>") + cells.join(QStringLiteral("</td><td>")) +
           QStringLiteral("</td></tr>");
}

QString table(const QStringList& headers, const QString& rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(AccessRequestPage::tr("Nothing."));
    return QStringLiteral("<table><tr><th>") + headers.join(QStringLiteral("</th><th>")) +
           QStringLiteral("</th></tr>") + rows + QStringLiteral("</table>");
}

QString needStatus(const QJsonValue& code)
{
    const auto status = needStatusFromCode(code.toString());
    return status ? Labels::needStatusInText(*status) : e(code);
}

} // namespace

QJsonArray AccessRequestPage::list(const char* key) const
{
    return m_all.value(QLatin1String(key)).toArray();
}

QString AccessRequestPage::html() const
{
    const QString language =
        QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    QString out =
        QStringLiteral("<!DOCTYPE html><html lang='%1'><head><meta charset='utf-8'><title>%2</title>"
                       "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;"
                       "line-height:1.4}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;"
                       "text-align:left}th{background:#f4f1ea}table{border-collapse:collapse;width:100%}"
                       ".intro{background:#eef2f6;padding:0.5em 1em}small{color:#555}</style></head><body>")
            .arg(language, tr("Access request"));
    out += introduction() + child() + guardians() + moves() + needs() + observations() + referrals() +
           ConversationRecords::html(m_all) + handovers() + accessLog();
    return out + QStringLiteral("</body></html>");
}

QString AccessRequestPage::introduction() const
{
    const QJsonObject c = m_all.value(QStringLiteral("child")).toObject();
    QString out = QStringLiteral("<h1>%1 %2 %3</h1>")
                      .arg(tr("Everything Kindzicht holds about"), e(c.value(QStringLiteral("given_name"))),
                           e(c.value(QStringLiteral("family_name"))));
    out +=
        QStringLiteral("<div class='intro'><p>%1</p><p>%2</p><ul><li>%3</li><li>%4</li><li>%5</li><li>%6</li>"
                       "</ul><p>%7</p></div>")
            .arg(tr("You asked to see what we keep about your child. This page shows all of it: the details "
                    "of your child and of you, what the staff wrote down about your child, the support we "
                    "offer and how it went, the organisations we asked for help, what went to a school, and "
                    "who opened or changed the file, and when."),
                 tr("You may ask us:"), tr("to explain anything on this page that is not clear;"),
                 tr("to correct what is wrong, or to add your own view;"),
                 tr("to remove what we no longer need, or to use it less;"),
                 tr("for a copy of this page (you have one now)."),
                 tr("Ask the location manager. You will have an answer within one month. Made on %1 by %2.")
                     .arg(moment(m_all.value(QStringLiteral("exported_at"))),
                          e(m_all.value(QStringLiteral("exported_by")))));
    return out;
}

QString AccessRequestPage::child() const
{
    const QJsonObject c = m_all.value(QStringLiteral("child")).toObject();
    QString rows = row({tr("Date of birth"), day(c.value(QStringLiteral("birth_date")))}) +
                   row({tr("At the location since"), day(c.value(QStringLiteral("start_date")))}) +
                   row({tr("Neighbourhood"), e(c.value(QStringLiteral("neighbourhood")))}) +
                   row({tr("Languages at home"), e(c.value(QStringLiteral("home_languages")))});
    if (!c.value(QStringLiteral("ve_indication_date")).isNull())
        rows += row({tr("Indication for early childhood education (VE) since"),
                     day(c.value(QStringLiteral("ve_indication_date")))});
    if (!c.value(QStringLiteral("end_date")).isNull()) {
        const auto reason = leaveReasonFromCode(c.value(QStringLiteral("leave_reason")).toString());
        rows += row({tr("Left"), day(c.value(QStringLiteral("end_date"))) + QStringLiteral(": ") +
                                     (reason ? Labels::leaveReason(*reason) : QString())});
    }
    if (!c.value(QStringLiteral("external_number")).toString().isEmpty())
        rows += row({tr("Number in the administration"), e(c.value(QStringLiteral("external_number")))});
    return QStringLiteral("<h2>%1</h2><table>%2</table>").arg(tr("Your child"), rows);
}

QString AccessRequestPage::guardians() const
{
    QString rows;
    for (const QJsonValue& v : list("guardians")) {
        const QString interpreter = v[QStringLiteral("interpreter_needed")].toBool()
                                        ? tr("with an interpreter")
                                        : tr("no interpreter needed");
        rows += row({e(v[QStringLiteral("name")]), e(v[QStringLiteral("relation")]),
                     e(v[QStringLiteral("preferred_language")]) + QStringLiteral(", ") + interpreter,
                     e(v[QStringLiteral("phone")]) + QStringLiteral("<br>") + e(v[QStringLiteral("email")])});
    }
    return QStringLiteral("<h2>%1</h2>").arg(tr("Parents and guardians")) +
           table({tr("Name"), tr("Relation"), tr("Language for conversations"), tr("Phone and e-mail")},
                 rows);
}

QString AccessRequestPage::moves() const
{
    QString rows;
    for (const QJsonValue& v : list("group_moves"))
        rows += row({day(v[QStringLiteral("moved_on")]),
                     e(v[QStringLiteral("from_group")]) + QStringLiteral(" &rarr; ") +
                         e(v[QStringLiteral("to_group")]),
                     e(v[QStringLiteral("moved_by")])});
    return QStringLiteral("<h2>%1</h2>").arg(tr("Group moves")) +
           table({tr("When"), tr("Groups"), tr("By")}, rows);
}

QString AccessRequestPage::needHistory(const QJsonObject& need) const
{
    QString out;
    for (const QJsonValue& h : need.value(QStringLiteral("history")).toArray()) {
        const QString field = h[QStringLiteral("what")].toString();
        QString what;
        if (field == QLatin1String("created"))
            what = tr("noted for the first time");
        else if (field == QLatin1String("status"))
            what = tr("now: %1").arg(needStatus(h[QStringLiteral("to")]));
        else if (field == QLatin1String("level"))
            what = tr("level changed to %1").arg(Labels::level(h[QStringLiteral("to")].toVariant().toInt()));
        else if (field == QLatin1String("escalation"))
            what = tr("specialised help asked for");
        else if (field == QLatin1String("review_date"))
            what = tr("to be looked at again on %1").arg(day(h[QStringLiteral("to")]));
        else if (field == QLatin1String("parents_informed"))
            what = tr("talked about with you on %1").arg(day(h[QStringLiteral("to")]));
        else
            what = tr("changed");
        const QString note = h[QStringLiteral("note")].toString().isEmpty()
                                 ? QString()
                                 : QStringLiteral(": ") + e(h[QStringLiteral("note")]);
        out += QStringLiteral("%1 (%2): %3%4<br>")
                   .arg(moment(h[QStringLiteral("at")]), e(h[QStringLiteral("by")]), what, note);
    }
    return out;
}

QString AccessRequestPage::needs() const
{
    QString rows;
    for (const QJsonValue& v : list("support_needs")) {
        const QJsonObject n = v.toObject();
        QString about = QStringLiteral("<b>%1</b><br>%2<br>%3")
                            .arg(e(n.value(QStringLiteral("domain"))),
                                 Labels::level(n.value(QStringLiteral("level")).toInt()),
                                 needStatus(n.value(QStringLiteral("status"))));
        QString text = e(n.value(QStringLiteral("description")));
        const QList<QPair<QString, const char*>> parts = {{tr("What works"), "strengths"},
                                                          {tr("What we agreed"), "agreed_actions"},
                                                          {tr("Your response"), "parents_response"},
                                                          {tr("Why it was closed"), "closed_reason"}};
        for (const auto& [label, key] : parts)
            if (!n.value(QLatin1String(key)).toString().isEmpty())
                text += QStringLiteral("<br><i>%1:</i> %2").arg(label, e(n.value(QLatin1String(key))));
        rows += row({about, text, needHistory(n)});
    }
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(tr("Support needs"),
                    tr("Where the staff saw that your child needs a little extra, and what "
                       "was done.")) +
           table({tr("About"), tr("What we see"), tr("What happened")}, rows);
}

QString AccessRequestPage::observations() const
{
    QString rows;
    for (const QJsonValue& v : list("observations")) {
        const QJsonObject o = v.toObject();
        const auto kind = observationKindFromCode(o.value(QStringLiteral("kind")).toString());
        QStringList domains;
        for (const QJsonValue& d : o.value(QStringLiteral("domains")).toArray())
            domains.append(e(d));
        QString text = e(o.value(QStringLiteral("text")));
        if (o.value(QStringLiteral("restricted")).toBool())
            text += QStringLiteral("<br><small>%1</small>")
                        .arg(tr("A confidential note: only its writer and the location's managers read it."));
        for (const QJsonValue& r : o.value(QStringLiteral("earlier_versions")).toArray())
            text += QStringLiteral("<br><small>%1: %2</small>")
                        .arg(tr("Before it was changed on %1").arg(moment(r[QStringLiteral("replaced_at")])),
                             e(r[QStringLiteral("text")]));
        rows += row({moment(o.value(QStringLiteral("observed_at"))) + QStringLiteral("<br>") +
                         e(o.value(QStringLiteral("author"))),
                     (kind ? Labels::observationKind(*kind) : QString()) + QStringLiteral("<br>") +
                         domains.join(QStringLiteral(", ")),
                     text});
    }
    return QStringLiteral("<h2>%1</h2>").arg(tr("Observations")) +
           table({tr("When and by whom"), tr("What kind"), tr("What was written")}, rows);
}

QString AccessRequestPage::referrals() const
{
    QString rows;
    for (const QJsonValue& v : list("referrals")) {
        const auto status = referralStatusFromCode(v[QStringLiteral("status")].toString());
        rows += row({e(v[QStringLiteral("partner")]), day(v[QStringLiteral("referred_on")]),
                     status ? Labels::referralStatus(*status) : QString(), e(v[QStringLiteral("note")])});
    }
    return QStringLiteral("<h2>%1</h2>").arg(tr("Referrals")) +
           table({tr("Organisation"), tr("Asked on"), tr("Where it stands"), tr("Note")}, rows);
}

QString AccessRequestPage::handovers() const
{
    QString rows;
    for (const QJsonValue& v : list("handovers")) {
        const auto consent = consentStateFromCode(v[QStringLiteral("consent")].toString());
        QSet<HandoverSection> sections;
        for (const QJsonValue& s : v[QStringLiteral("sections")].toArray())
            if (const auto section = handoverSectionFromCode(s.toString()))
                sections.insert(*section);
        rows += row({e(v[QStringLiteral("school")]),
                     tr("Your consent: %1").arg(consent ? Labels::consentState(*consent) : QString()) +
                         QStringLiteral(" %1 %2").arg(day(v[QStringLiteral("consent_date")]),
                                                      e(v[QStringLiteral("given_by")])),
                     Labels::handoverSections(sections)});
    }
    for (const QJsonValue& v : list("handovers_sent"))
        rows += row({e(v[QStringLiteral("school")]),
                     tr("Version %1 sent on %2 by %3")
                         .arg(e(v[QStringLiteral("version")]), moment(v[QStringLiteral("exported_at")]),
                              e(v[QStringLiteral("exported_by")])),
                     v[QStringLiteral("received_on")].isNull()
                         ? QString()
                         : tr("received on %1").arg(day(v[QStringLiteral("received_on")]))});
    return QStringLiteral("<h2>%1</h2>").arg(tr("Handovers to school")) +
           table({tr("School"), tr("What happened"), tr("Parts")}, rows);
}

QString AccessRequestPage::accessLog() const
{
    QString rows;
    for (const QJsonValue& v : list("access_log"))
        rows += row({moment(v[QStringLiteral("at")]), e(v[QStringLiteral("who")]),
                     AuditLabels::action(v[QStringLiteral("action")].toString()) + QLatin1Char(' ') +
                         AuditLabels::entity(v[QStringLiteral("what")].toString())});
    return QStringLiteral("<h2>%1</h2>").arg(tr("Who saw or changed the file")) +
           table({tr("When"), tr("Who"), tr("What")}, rows);
}

} // namespace kz
