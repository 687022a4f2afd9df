#pragma once

#include <QObject>
#include <functional>

class QPrinter;
class QWidget;

namespace kz {

class PagedDocument;

// Printing a document the way its PDF is made: the same PagedDocument painted onto the printer,
// after a preview in which the user chooses the printer and the pages.
class PrintPreview : public QObject
{
    Q_OBJECT

public:
    // Shows the preview of `document` and prints from it; returns when the preview closes, true
    // when the user printed.
    static bool show(const PagedDocument& document, const QString& title, QWidget* parent);
    // Paints `document` onto `printer` (A4, the whole sheet, the page frame drawn by the document).
    // Returns the number of pages.
    static int print(const PagedDocument& document, QPrinter& printer);
    static void prepare(QPrinter& printer, const QString& title);
};

} // namespace kz
