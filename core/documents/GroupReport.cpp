#include "GroupReport.h"

#include "Error.h"
#include "domain/NeedLevel.h"
#include "io/OutputFile.h"
#include "TrendChart.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>
#include <QUrl>

namespace kz {

GroupReport::GroupReport(const GroupNeeds& figures, QList<DevelopmentDomain> domains, QString title, QDate date,
                         int suppressionThreshold)
    : m_figures(figures)
    , m_domains(std::move(domains))
    , m_title(std::move(title))
    , m_date(date)
    , m_threshold(suppressionThreshold)
{
}

QString GroupReport::html(const QString& chartResource) const
{
    const QLocale locale;
    const bool dutch = locale.language() == QLocale::Dutch;
    auto count = [this](int n) { return GroupNeeds::suppressed(n, m_threshold).toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style='font-family: \"DejaVu Sans\"; font-size: 9pt;'>");
    html += QStringLiteral("<h2 style='color:#2f6f62'>%1</h2>").arg(m_title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(
        tr("Support needs per group on %1. Aggregates only: counts below %2 are shown as &lt;%2, so that no child "
           "can be recognised.")
            .arg(locale.toString(m_date, QLocale::LongFormat))
            .arg(m_threshold));

    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                           "<tr style='background:#f4f1ea'><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Groups"), tr("Group"), tr("Children"), tr("Capacity"), tr("Level 2 or higher"), tr("Level 3"));
    for (const GroupFigures& g : m_figures.groups()) {
        html += QStringLiteral("<tr><td>%1<br><span style='color:#666'>%2</span></td><td align='right'>%3</td>"
                               "<td align='right'>%4</td><td align='right'>%5%6</td><td align='right'>%7</td></tr>")
                    .arg(g.groupName.toHtmlEscaped(), g.locationName.toHtmlEscaped(), count(g.children),
                         locale.toString(g.capacity), count(g.childrenLevel2Plus),
                         g.childrenLevel2Plus >= m_threshold
                             ? QStringLiteral(" (%1)").arg(locale.toString(100.0 * g.shareLevel2Plus(), 'f', 0) + QLatin1Char('%'))
                             : QString(),
                         count(g.escalations));
    }
    html += QStringLiteral("</table>");

    // Nine domains side by side: a smaller type, so the names are not broken in the middle of a word.
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='2' width='100%' "
                           "style='font-size: 6.5pt'><tr style='background:#f4f1ea'><th width='12%'>%2</th>")
                .arg(tr("Children with an open need of %1 or higher, per domain").arg(NeedLevel::label(2)), tr("Group"));
    for (const DevelopmentDomain& d : m_domains)
        html += QStringLiteral("<th>%1</th>").arg((dutch ? d.labelNl : d.labelEn).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const GroupFigures& g : m_figures.groups()) {
        html += QStringLiteral("<tr><td>%1</td>").arg(g.groupName.toHtmlEscaped());
        for (const DevelopmentDomain& d : m_domains)
            html += QStringLiteral("<td align='right'>%1</td>").arg(count(g.perDomain.value(d.id)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    int longest = 0;
    for (const AttentionItem& item : m_figures.waitingReferrals())
        longest = std::max(longest, item.days);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Needs attention"));
    html += QStringLiteral("<li>%1</li>").arg(tr("Reviews overdue: %1").arg(count(static_cast<int>(m_figures.overdueReviews().size()))));
    html += QStringLiteral("<li>%1</li>").arg(tr("Parents not informed within 14 days: %1")
                                                  .arg(count(static_cast<int>(m_figures.parentsNotInformed().size()))));
    html += QStringLiteral("<li>%1</li>").arg(tr("Referrals waiting: %1; the longest for %2 days")
                                                  .arg(count(static_cast<int>(m_figures.waitingReferrals().size())))
                                                  .arg(locale.toString(longest)));
    html += QStringLiteral("<li>%1</li>").arg(tr("Escalations to %1: %2").arg(NeedLevel::label(3)).arg(count(static_cast<int>(m_figures.escalations().size()))));
    html += QStringLiteral("<li>%1</li></ul>").arg(tr("Children turning four within six months: %1")
                                                       .arg(count(static_cast<int>(m_figures.turningFour().size()))));
    if (!chartResource.isEmpty())
        // Heading and chart in one paragraph, so a page break cannot separate them.
        html += QStringLiteral("<p style='font-size: 11pt'><b>%1</b><br><img src='%2' width='540'></p>")
                    .arg(tr("Needs opened and closed per month"), chartResource);
    html += QStringLiteral("</body></html>");
    return html;
}

void GroupReport::writePdf(const QString& path) const
{
    OutputFile::checkTarget(path);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Kindzicht"));

        // The chart is painted by the same code as on screen, into an image at print resolution.
        QImage chart(1920, 720, QImage::Format_RGB32);
        chart.fill(Qt::white);
        {
            QPainter painter(&chart);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(30);
            painter.setFont(font);
            TrendChart::paint(painter, QRectF(10, 10, 1900, 700), TrendChart::monthsFrom(m_figures.trend(), m_date));
        }
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart.png")), chart);
        document.setHtml(html(QStringLiteral("chart.png")));
        document.print(&writer);
    }
    // Aggregates only, no names: the user's own permissions apply.
    OutputFile::write(path, pdf, OutputFile::Access::Shared);
}

} // namespace kz
