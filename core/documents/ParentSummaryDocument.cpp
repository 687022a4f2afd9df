#include "ParentSummaryDocument.h"

#include "Error.h"
#include "domain/Bilingual.h"
#include "services/ParentSummaryComposer.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"

#include <QLocale>

namespace kz {

namespace {

const BilingualText pageWords[] = {
    {"page", "Pagina %1 van %2", "Page %1 of %2"},
};

// Lines beginning with "- " become a list; other lines are paragraphs.
QString section(const QString& heading, const QString& text)
{
    QString html = QStringLiteral("<h2 style='color:#2f6f62'>%1</h2>").arg(heading.toHtmlEscaped());
    QString items;
    const auto flush = [&] {
        if (!items.isEmpty())
            html += QStringLiteral("<ul>%1</ul>").arg(items);
        items.clear();
    };
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("- "))) {
            items += QStringLiteral("<li>%1</li>").arg(line.mid(2).trimmed().toHtmlEscaped());
            continue;
        }
        flush();
        if (!line.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    flush();
    return html;
}

} // namespace

ParentSummaryDocument::ParentSummaryDocument(ParentSummaryContent content, QString locationName, QDate date)
    : m_content(std::move(content)), m_locationName(std::move(locationName)), m_date(date)
{}

ParentSummaryDocument ParentSummaryDocument::forChild(const Database& db, const Actor& actor, qint64 childId,
                                                      const ParentSummaryContent& content, const QDate& date)
{
    QString location;
    try {
        const OrganisationStore organisation(db);
        const Group group = organisation.group(actor, ChildStore(db).get(actor, childId).groupId);
        location = organisation.location(actor, group.locationId).name;
    } catch (const Error&) {
        // out of the user's view: the header goes without the location
    }
    return ParentSummaryDocument(content, location, date);
}

QString ParentSummaryDocument::html() const
{
    const QStringList headings = ParentSummaryComposer::headings(m_content.language);
    const QStringList texts{m_content.strengths, m_content.workingOn, m_content.tips, m_content.help,
                            m_content.nextConversation};
    QString html =
        QStringLiteral("<html><body><h1 style='color:#2f6f62'>%1</h1>").arg(m_content.title.toHtmlEscaped());
    for (qsizetype i = 0; i < headings.size(); ++i)
        if (!texts[i].trimmed().isEmpty())
            html += section(headings[i], texts[i]);
    return html + QStringLiteral("</body></html>");
}

PagedDocument ParentSummaryDocument::paged() const
{
    const QString language = m_content.language;
    const QLocale locale = language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                           : QLocale(QLocale::Dutch, QLocale::Netherlands);
    PageFrame frame{m_locationName, locale.toString(m_date, QStringLiteral("d MMMM yyyy")), m_content.title,
                    [language](int page, int pages) {
                        return bilingual(pageWords, "page", language).arg(page).arg(pages);
                    }};
    return PagedDocument(html(), std::move(frame), QFont(QStringLiteral("DejaVu Sans"), 12));
}

QByteArray ParentSummaryDocument::pdf() const
{
    return paged().pdf(m_content.title);
}

} // namespace kz
