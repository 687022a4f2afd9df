#include "GroupReport.h"

#include "Error.h"
#include "TrendChart.h"
#include "access/AuditLog.h"
#include "db/Transaction.h"
#include "domain/Labels.h"
#include "domain/NeedLevel.h"
#include "io/OutputFile.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

namespace kz {

namespace {

constexpr int groupColumnPercent = 12;
constexpr double bodyWidthPoints = 170 / 25.4 * 72; // A4 less the page margins of PagedDocument
constexpr double cellPaddingPoints = 6;

// The widest piece of a name that may not be broken: its words, split after a hyphen as well.
double longestWord(const QString& label, const QFontMetricsF& metrics)
{
    double widest = 0;
    static const QRegularExpression pieces(QStringLiteral("[^\\s-]+-?"));
    for (auto it = pieces.globalMatch(label); it.hasNext();)
        widest = std::max(widest, metrics.horizontalAdvance(it.next().captured()));
    return widest;
}

// The largest type (7 pt down to 5 pt) in which the longest words of all names fit side by side.
// The document breaks lines between words only, so each column is at least as wide as its
// longest word; this keeps the table on the page.
double domainHeaderPointSize(const QStringList& labels)
{
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(11811); // 300 dpi: hinting does not distort the widths
    device.setDotsPerMeterY(11811);
    const double available = bodyWidthPoints * (100 - groupColumnPercent) / 100.0;
    double size = 7.0;
    for (; size > 5.0; size -= 0.5) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(size);
        font.setBold(true);
        const QFontMetricsF metrics(font, &device);
        double total = 0;
        for (const QString& label : labels)
            total += longestWord(label, metrics) * 72.0 / 300.0 + cellPaddingPoints;
        if (total <= available)
            break;
    }
    return size;
}

} // namespace

GroupReport::GroupReport(const GroupNeeds& figures, QList<DevelopmentDomain> domains, QString title,
                         QDate date, int suppressionThreshold)
    : m_figures(figures), m_domains(std::move(domains)), m_title(std::move(title)), m_date(date),
      m_threshold(suppressionThreshold)
{}

QString GroupReport::html(const QString& chartResource) const
{
    const QLocale locale;
    QString html = QStringLiteral("<html><body style='font-family: \"DejaVu Sans\"; font-size: 9pt;'>");
    html += QStringLiteral("<h2 style='color:#2f6f62'>%1</h2>").arg(m_title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Support needs per group on %1. Aggregates only: counts below %2 are shown as "
                        "&lt;%2, so that no child "
                        "can be recognised.")
                         .arg(locale.toString(m_date, QLocale::LongFormat))
                         .arg(m_threshold));

    html += groupsTable();
    html += domainsTable();
    html += attentionList();
    if (!chartResource.isEmpty())
        // Heading and chart in one paragraph, so a page break cannot separate them.
        html += QStringLiteral("<p style='font-size: 11pt'><b>%1</b><br><img src='%2' width='540'></p>")
                    .arg(tr("Needs opened and closed per month"), chartResource);
    html += QStringLiteral("</body></html>");
    return html;
}

QString GroupReport::count(int n) const
{
    return GroupNeeds::suppressed(n, m_threshold).toHtmlEscaped();
}

QString GroupReport::groupsTable() const
{
    const QLocale locale;
    QString html;
    html += QStringLiteral(
                "<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                "<tr style='background:#f4f1ea'><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Groups"), tr("Group"), tr("Children"), tr("Capacity"), tr("Level 2 or higher"),
                     tr("Level 3"));
    for (const GroupFigures& g : m_figures.groups()) {
        html += QStringLiteral(
                    "<tr><td>%1<br><span style='color:#666'>%2</span></td><td align='right'>%3</td>"
                    "<td align='right'>%4</td><td align='right'>%5%6</td><td align='right'>%7</td></tr>")
                    .arg(g.groupName.toHtmlEscaped(), g.locationName.toHtmlEscaped(), count(g.children),
                         locale.toString(g.capacity), count(g.childrenLevel2Plus),
                         g.childrenLevel2Plus >= m_threshold
                             ? QStringLiteral(" (%1)").arg(
                                   locale.toString(100.0 * g.shareLevel2Plus(), 'f', 0) + QLatin1Char('%'))
                             : QString(),
                         count(g.escalations));
    }
    html += QStringLiteral("</table>");

    return html;
}

QString GroupReport::domainsTable() const
{
    const bool dutch = QLocale().language() == QLocale::Dutch;
    QString html;
    // Nine domains side by side, in a type small enough for the longest word of every name: names
    // wrap between words, never inside one.
    QStringList labels;
    for (const DevelopmentDomain& d : m_domains)
        labels.append(dutch ? d.labelNl : d.labelEn);
    const double pointSize = domainHeaderPointSize(labels);
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='2' width='100%' "
                           "style='font-size: %3pt'><tr style='background:#f4f1ea'><th width='%4%'>%2</th>")
                .arg(tr("Children with an open need of %1 or higher, per domain").arg(Labels::level(2)),
                     tr("Group"))
                .arg(pointSize)
                .arg(groupColumnPercent);
    for (const QString& label : labels)
        html += QStringLiteral("<th>%1</th>").arg(label.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const GroupFigures& g : m_figures.groups()) {
        html += QStringLiteral("<tr><td>%1</td>").arg(g.groupName.toHtmlEscaped());
        for (const DevelopmentDomain& d : m_domains)
            html += QStringLiteral("<td align='right'>%1</td>").arg(count(g.perDomain.value(d.id)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    return html;
}

QString GroupReport::attentionList() const
{
    const QLocale locale;
    // The lengths of the whole lists, also when only their counts were read.
    const auto total = [this](AttentionList list) { return count(m_figures.attentionTotal(list)); };
    QString html;
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Needs attention"));
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("Reviews overdue: %1").arg(total(AttentionList::OverdueReviews)));
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(tr("Parents not informed within 14 days: %1").arg(total(AttentionList::ParentsNotInformed)));
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("Referrals waiting: %1; the longest for %2 days")
                         .arg(total(AttentionList::WaitingReferrals))
                         .arg(locale.toString(m_figures.longestWaitDays())));
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(tr("Escalations to %1: %2").arg(Labels::level(3)).arg(total(AttentionList::Escalations)));
    html +=
        QStringLiteral("<li>%1</li></ul>")
            .arg(tr("Children turning four within six months: %1").arg(total(AttentionList::TurningFour)));
    return html;
}

QString GroupReport::locations() const
{
    QStringList names;
    for (const GroupFigures& g : m_figures.groups())
        if (!names.contains(g.locationName))
            names.append(g.locationName);
    if (names.size() > 3)
        return tr("%n location(s)", nullptr, static_cast<int>(names.size()));
    return names.join(QStringLiteral(", "));
}

PagedDocument GroupReport::paged() const
{
    const QLocale locale;
    PageFrame frame{locations(), locale.toString(m_date, QLocale::LongFormat), m_title,
                    [](int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }};
    PagedDocument document(html(QStringLiteral("chart.png")), std::move(frame),
                           QFont(QStringLiteral("DejaVu Sans"), 9));
    // The chart is painted by the same code as on screen, into an image at print resolution.
    QImage chart(1920, 720, QImage::Format_RGB32);
    chart.fill(Qt::white);
    {
        QPainter painter(&chart);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(30);
        painter.setFont(font);
        TrendChart::paint(painter, QRectF(10, 10, 1900, 700),
                          TrendChart::monthsFrom(m_figures.trend(), m_date));
    }
    document.addImage(QStringLiteral("chart.png"), chart);
    document.setWholeWords(true); // the domain headers: see domainHeaderPointSize()
    return document;
}

void GroupReport::writePdf(const QString& path) const
{
    OutputFile::checkTarget(path);
    const QByteArray pdf = paged().pdf(m_title);
    // Aggregates only, no names: the user's own permissions apply.
    OutputFile::write(path, pdf, OutputFile::Access::Shared);
}

void GroupReport::recordPrinted(const Database& db, const Actor& actor, const QString& title)
{
    Transaction transaction(db);
    AuditLog::record(db, actor, QStringLiteral("export"), QStringLiteral("group_report"), std::nullopt,
                     std::nullopt, QStringLiteral("printed: %1").arg(title));
    transaction.commit();
}

} // namespace kz
