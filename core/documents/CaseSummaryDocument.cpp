#include "CaseSummaryDocument.h"

#include "access/AccessPolicy.h"
#include "db/Transaction.h"
#include "io/OutputFile.h"

namespace kz {

bool CaseSummaryDocument::isPdf(const QString& path)
{
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

PagedDocument CaseSummaryDocument::paged(const CaseSummary& summary)
{
    PageFrame frame{summary.title(), tr("Anonymous"),
                    tr("Made with Kindzicht; share only within the intervisie"),
                    [](int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }};
    PagedDocument document(summary.html(), std::move(frame), QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setWholeWords(true);
    return document;
}

void CaseSummaryDocument::toFile(const Database& db, const Actor& actor, const CaseSummary& summary,
                                 const QString& path)
{
    const bool pdf = isPdf(path);
    const QByteArray bytes = pdf ? paged(summary).pdf(summary.title()) : summary.text().toUtf8();
    Transaction transaction(db);
    AccessPolicy::requireChild(db, actor, summary.childId());
    summary.recordExport(db, actor, pdf ? QStringLiteral("pdf") : QStringLiteral("txt"));
    OutputFile::write(path, bytes, OutputFile::Access::Private);
    transaction.commit();
}

} // namespace kz
