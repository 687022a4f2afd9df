#include "PrintPreview.h"

#include "documents/PagedDocument.h"

#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace kz {

void PrintPreview::prepare(QPrinter& printer, const QString& title)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The document draws its own margins, header and footer, as in the PDF.
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Kindzicht"));
}

int PrintPreview::print(const PagedDocument& document, QPrinter& printer)
{
    return document.paint(printer);
}

bool PrintPreview::show(const PagedDocument& document, const QString& title, QWidget* parent)
{
    PagedDocument::requireFont(QStringLiteral("DejaVu Sans"));
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview - %1").arg(title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&document](QPrinter* target) { print(document, *target); });
    dialog.resize(900, 760);
    // The preview accepts itself once the pages went to the printer.
    return dialog.exec() == QDialog::Accepted;
}

} // namespace kz
