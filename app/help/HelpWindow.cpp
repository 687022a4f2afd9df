#include "HelpWindow.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kz {

HelpWindow::HelpWindow(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        m_page = QFileInfo(url.path()).completeBaseName();
        setWindowTitle(tr("Kindzicht Help - %1").arg(m_browser->documentTitle()));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 620);
}

QStringList HelpWindow::pages()
{
    return {QStringLiteral("children"), QStringLiteral("observations"), QStringLiteral("groupneeds"),
            QStringLiteral("handover"), QStringLiteral("socialmap"),    QStringLiteral("admin")};
}

void HelpWindow::showPage(const QString& page)
{
    const QString language =
        QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    const QString name = pages().contains(page) ? page : pages().constFirst();
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/%1/%2.html").arg(language, name)));
}

QString HelpWindow::currentPage() const
{
    return m_page;
}

QString HelpWindow::language() const
{
    // The language folder of the page: qrc:/help/<language>/<page>.html
    return QFileInfo(m_browser->source().path()).dir().dirName();
}

} // namespace kz
