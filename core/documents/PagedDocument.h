#pragma once

#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace kz {

// What each page carries besides the text: a header line (left and right), a footer line on the
// left, and "page x of y" on the right in the document's language.
struct PageFrame
{
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    std::function<QString(int page, int pages)> pageLabel;
};

// One HTML document laid out on A4 with its page frame, painted onto any paged device: the PDF
// writer, or a printer (preview or paper). PDF and print therefore come out the same. The device
// must paint the whole sheet (no printer margins of its own): the margins are drawn here.
class PagedDocument
{
public:
    PagedDocument(QString html, PageFrame frame, QFont font);

    void addImage(const QString& name, const QImage& image);
    // Lines break between words only, never inside one; table columns then grow to their longest
    // word (the document must leave room for them).
    void setWholeWords(bool wholeWords) { m_wholeWords = wholeWords; }
    // Lays the document out for `device` and paints every page; returns the number of pages.
    int paint(QPagedPaintDevice& device) const;
    // An A4 PDF/A-1b at 300 dpi, fonts embedded. Throws kz::Error (Io) when DejaVu Sans is
    // missing, since Qt would otherwise write a document without text.
    QByteArray pdf(const QString& title) const;

    static void requireFont(const QString& family);

private:
    void prepare(QTextDocument& document, QPagedPaintDevice& device) const;

    QString m_html;
    PageFrame m_frame;
    QFont m_font;
    QHash<QString, QImage> m_images;
    bool m_wholeWords = false;
};

} // namespace kz
