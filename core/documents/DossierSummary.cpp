#include "DossierSummary.h"

#include "Clock.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/Transaction.h"
#include "domain/Labels.h"
#include "store/DomainStore.h"
#include "store/OrganisationStore.h"

#include <QLocale>

namespace kz {

namespace {

constexpr int observationMonths = 3;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

DossierSummary::DossierSummary(const Database& db, const Actor& actor, qint64 childId)
    : m_dossier(db, actor, childId), m_domains(DomainStore(db).all()), m_today(Clock::today())
{
    try {
        const OrganisationStore organisation(db);
        const Group group = organisation.group(actor, m_dossier.child().groupId);
        m_groupName = group.name;
        m_locationName = organisation.location(actor, group.locationId).name;
    } catch (const Error&) {
        // the group is out of the user's view (a child who moved): the summary goes without it
    }
}

QString DossierSummary::title() const
{
    return tr("File summary: %1").arg(m_dossier.child().fullName());
}

QString DossierSummary::domainLabel(qint64 domainId) const
{
    const bool dutch = QLocale().language() == QLocale::Dutch;
    for (const DevelopmentDomain& d : m_domains)
        if (d.id == domainId)
            return dutch ? d.labelNl : d.labelEn;
    return {};
}

QString DossierSummary::html() const
{
    const QLocale locale;
    const Child& c = m_dossier.child();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2 style='color:#2f6f62'>%1</h2>").arg(c.fullName().toHtmlEscaped());
    QStringList facts = {tr("born %1").arg(locale.toString(c.birthDate, QLocale::LongFormat))};
    if (!m_groupName.isEmpty())
        facts.append(tr("group %1").arg(m_groupName));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    html +=
        QStringLiteral("<p style='color:#7a5b00'>%1</p>")
            .arg(tr("Confidential: personal data of a child. Keep this page in a closed place and destroy it "
                    "when it is no longer needed.")
                     .toHtmlEscaped());

    QStringList strengths;
    for (const SupportNeed& n : m_dossier.needs())
        if (n.status != NeedStatus::Closed && !n.strengths.trimmed().isEmpty())
            strengths.append(escaped(n.strengths.trimmed()));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What goes well"));
    html += strengths.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(tr("Nothing noted yet."))
                : QStringLiteral("<ul><li>%1</li></ul>").arg(strengths.join(QStringLiteral("</li><li>")));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Open support needs")) + needsTable();
    html += QStringLiteral("<h3>%1</h3>")
                .arg(tr("Observations of the last %n month(s)", nullptr, observationMonths)) +
            observations();
    html += QStringLiteral("</body></html>");
    return html;
}

QString DossierSummary::needsTable() const
{
    const QLocale locale;
    QString rows;
    for (const SupportNeed& n : m_dossier.needs()) {
        if (n.status == NeedStatus::Closed)
            continue;
        QStringList referrals;
        for (const Referral& r : m_dossier.referralsOf(n.id))
            if (r.status != ReferralStatus::Completed && r.status != ReferralStatus::Declined)
                referrals.append(
                    tr("%1 (since %2)")
                        .arg(r.partnerName, locale.toString(r.referredOn, QLocale::ShortFormat)));
        rows +=
            QStringLiteral("<tr><td><b>%1</b><br>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                .arg(domainLabel(n.domainId).toHtmlEscaped(), escaped(n.description),
                     Labels::levelInColumn(n.level), Labels::needStatusInText(n.status),
                     n.reviewDate ? locale.toString(*n.reviewDate, QLocale::ShortFormat) : tr("not set"),
                     (n.parentsInformedOn
                          ? tr("parents informed %1")
                                .arg(locale.toString(*n.parentsInformedOn, QLocale::ShortFormat))
                          : tr("parents not informed yet"))
                             .toHtmlEscaped() +
                         (referrals.isEmpty() ? QString()
                                              : QStringLiteral("<br>") +
                                                    referrals.join(QStringLiteral("<br>")).toHtmlEscaped()));
    }
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("None."));
    return QStringLiteral(
               "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
               "<tr style='background:#f4f1ea'><th width='38%'>%1</th><th>%2</th><th>%3</th><th>%4</th>"
               "<th>%5</th></tr>")
               .arg(tr("Domain and description"), tr("Level"), tr("Status"), tr("Review"),
                    tr("Parents and referrals")) +
           rows + QStringLiteral("</table>");
}

QString DossierSummary::observations() const
{
    const QLocale locale;
    TimelineFilter filter;
    filter.from = m_today.addMonths(-observationMonths);
    QString items;
    int hidden = 0;
    for (const TimelineEntry& e : m_dossier.timeline(filter)) {
        if (e.kind != TimelineEntry::Kind::Observation)
            continue;
        if (e.hidden || e.restricted) {
            ++hidden;
            continue;
        }
        QStringList domains;
        for (qint64 id : e.domainIds)
            domains.append(domainLabel(id));
        items += QStringLiteral("<p style='margin: 0 0 6px 0'><b>%1</b> · %2 · %3<br>%4</p>")
                     .arg(locale.toString(e.at.toLocalTime().date(), QLocale::ShortFormat),
                          domains.join(QStringLiteral(", ")).toHtmlEscaped(), e.author.toHtmlEscaped(),
                          escaped(e.text));
    }
    if (items.isEmpty())
        items = QStringLiteral("<p>%1</p>").arg(tr("None."));
    if (hidden > 0)
        items +=
            QStringLiteral("<p style='color:#7a5b00'>%1</p>")
                .arg(tr("%n restricted observation(s) left out: read them in Kindzicht.", nullptr, hidden));
    return items;
}

PagedDocument DossierSummary::paged() const
{
    const QLocale locale;
    PageFrame frame{m_locationName, locale.toString(m_today, QLocale::LongFormat), title(),
                    [](int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }};
    return PagedDocument(html(), std::move(frame), QFont(QStringLiteral("DejaVu Sans"), 9));
}

void DossierSummary::recordPrinted(const Database& db, const Actor& actor, qint64 childId)
{
    Transaction transaction(db);
    AuditLog::record(db, actor, QStringLiteral("export"), QStringLiteral("dossier_summary"), childId, childId,
                     QStringLiteral("printed"));
    transaction.commit();
}

} // namespace kz
