#include "CaseSummary.h"

#include "CaseStory.h"
#include "IdentifyingTerms.h"
#include "access/AuditLog.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"

namespace kz {

CaseSummary::CaseSummary(qint64 childId, QList<CaseLine> lines, Anonymiser anonymiser)
    : m_childId(childId), m_raw(std::move(lines)), m_anonymiser(std::move(anonymiser))
{
    // One pass over everything collects the replacements to confirm.
    for (const CaseLine& line : m_raw)
        if (!line.free.isEmpty())
            m_anonymiser.apply(line.free);
    m_replacements = m_anonymiser.replacements();
}

CaseSummary CaseSummary::compose(const Database& db, const Actor& actor, qint64 childId,
                                 const QString& question, const QDate& today)
{
    const Child child = ChildStore(db).get(actor, childId); // refuses a child out of the actor's view
    const QList<Guardian> guardians = GuardianStore(db).list(actor, childId);
    const CaseStory story(db, actor, child, today);
    return CaseSummary(childId, story.lines(question, guardians),
                       Anonymiser(IdentifyingTerms::forChild(db, child, guardians)));
}

QString CaseSummary::title() const
{
    return tr("Case for intervisie");
}

QList<CaseLine> CaseSummary::lines() const
{
    Anonymiser anonymiser = m_anonymiser;
    QList<CaseLine> result;
    for (const CaseLine& line : m_raw) {
        if (line.style == CaseLine::Style::Detail && line.free.trimmed().isEmpty())
            continue; // nothing was written there
        result.append({line.style, line.fixed, anonymiser.apply(line.free.trimmed(), m_kept)});
    }
    return result;
}

QString CaseSummary::text() const
{
    QString out = title() + QLatin1Char('\n') + QString(title().size(), QLatin1Char('=')) + QLatin1Char('\n');
    for (const CaseLine& line : lines()) {
        const QString body = (line.fixed + line.free).simplified();
        switch (line.style) {
        case CaseLine::Style::Heading:
            out += QLatin1Char('\n') + body + QLatin1Char('\n');
            break;
        case CaseLine::Style::Item:
            out += QStringLiteral("- ") + body + QLatin1Char('\n');
            break;
        case CaseLine::Style::Detail:
            out += QStringLiteral("    ") + body + QLatin1Char('\n');
            break;
        case CaseLine::Style::Note:
            out += QLatin1Char('\n') + body + QLatin1Char('\n');
            break;
        case CaseLine::Style::Paragraph:
            out += body + QLatin1Char('\n');
            break;
        }
    }
    return out;
}

QString CaseSummary::html() const
{
    QString out =
        QStringLiteral("<html><body><h2 style='color:#2f6f62'>%1</h2>").arg(title().toHtmlEscaped());
    bool inList = false;
    for (const CaseLine& line : lines()) {
        const QString fixed = line.fixed.toHtmlEscaped();
        const QString free = line.free.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        const bool listed = line.style == CaseLine::Style::Item || line.style == CaseLine::Style::Detail;
        if (!listed && inList)
            out += QStringLiteral("</ul>");
        if (listed && !inList)
            out += QStringLiteral("<ul>");
        inList = listed;
        switch (line.style) {
        case CaseLine::Style::Heading:
            out += QStringLiteral("<h3>%1</h3>").arg(fixed);
            break;
        case CaseLine::Style::Item: // bold where a written text follows, so the two stand apart
            out += free.isEmpty()
                       ? QStringLiteral("<li>%1</li>").arg(fixed)
                       : QStringLiteral("<li style='margin-top:4px'><b>%1</b>%2</li>").arg(fixed, free);
            break;
        case CaseLine::Style::Detail:
            out += QStringLiteral("<li style='margin-left:18px; list-style-type:circle'><i>%1</i>%2</li>")
                       .arg(fixed, free);
            break;
        case CaseLine::Style::Note:
            out += QStringLiteral("<p style='color:#7a5b00'>%1</p>").arg(fixed + free);
            break;
        case CaseLine::Style::Paragraph:
            out += QStringLiteral("<p>%1%2</p>").arg(fixed, free);
            break;
        }
    }
    if (inList)
        out += QStringLiteral("</ul>");
    return out + QStringLiteral("</body></html>");
}

void CaseSummary::recordExport(const Database& db, const Actor& actor, const QString& format) const
{
    int kept = 0;
    for (const Replacement& r : m_replacements)
        kept += r.confirmable && m_kept.contains(r.key()) ? 1 : 0;
    // What was made, never what it says.
    AuditLog::record(db, actor, QStringLiteral("export"), QStringLiteral("case_summary"), std::nullopt,
                     m_childId,
                     QStringLiteral("%1; %2 replacements, %3 kept as written")
                         .arg(format)
                         .arg(m_replacements.size())
                         .arg(kept));
}

} // namespace kz
