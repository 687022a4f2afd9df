#include "PagedDocument.h"

#include "Error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

namespace kz {

namespace {

// Page margins in millimetres: room for the header above and the footer below the text.
constexpr double leftMargin = 20;
constexpr double topMargin = 25;
constexpr double rightMargin = 20;
constexpr double bottomMargin = 20;

} // namespace

PagedDocument::PagedDocument(QString html, PageFrame frame, QFont font)
    : m_html(std::move(html)), m_frame(std::move(frame)), m_font(std::move(font))
{}

void PagedDocument::addImage(const QString& name, const QImage& image)
{
    m_images.insert(name, image);
}

void PagedDocument::requireFont(const QString& family)
{
    if (!QFontDatabase::families().contains(family))
        throw Error(Error::Kind::Io, QCoreApplication::translate(
                                         "kz::HandoverDocument",
                                         "The font DejaVu Sans is not installed (Debian package "
                                         "fonts-dejavu-core); without it the document would have no text."));
}

void PagedDocument::prepare(QTextDocument& document, QPagedPaintDevice& device) const
{
    // Laid out for the device itself, so type sizes are the same on paper, in the preview and in the PDF.
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(m_font);
    if (m_wholeWords) {
        QTextOption option = document.defaultTextOption();
        option.setWrapMode(QTextOption::WordWrap);
        document.setDefaultTextOption(option);
    }
    for (auto it = m_images.begin(); it != m_images.end(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(m_html);
}

int PagedDocument::paint(QPagedPaintDevice& device) const
{
    const int resolution = device.logicalDpiX();
    const double mm = resolution / 25.4;
    const QRectF page = device.pageLayout().fullRectPixels(resolution);
    const QRectF body(leftMargin * mm, topMargin * mm, page.width() - (leftMargin + rightMargin) * mm,
                      page.height() - (topMargin + bottomMargin) * mm);

    QTextDocument document;
    prepare(document, device);
    document.setPageSize(body.size());
    const int pages = document.pageCount();

    QPainter painter(&device);
    QFont small(m_font);
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(body.left(), 12 * mm, body.width(), 8 * mm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_frame.headerLeft);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_frame.headerRight);
        painter.drawLine(QLineF(header.bottomLeft(), header.bottomRight()));
        const QRectF footer(body.left(), page.height() - 15 * mm, body.width(), 6 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_frame.footerLeft);
        if (m_frame.pageLabel)
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_frame.pageLabel(i + 1, pages));

        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
    }
    return pages;
}

QByteArray PagedDocument::pdf(const QString& title) const
{
    requireFont(m_font.family());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Kindzicht"));
        paint(writer);
    }
    return bytes;
}

} // namespace kz
