#include "SearchView.h"

#include "Error.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/ObservationStore.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace kz {

SearchView::SearchView(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_query(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_results(new QTextBrowser(this)), m_debounce(new QTimer(this))
{
    styleAsTitle(m_title);
    m_query->setClearButtonEnabled(true);
    m_results->setOpenLinks(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchView::search);
    connect(m_debounce, &QTimer::timeout, this, &SearchView::search);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        // kindzicht:observation/<child>/<observation>
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (parts.size() == 3)
            emit openObservation(parts[1].toLongLong(), parts[2].toLongLong());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_query);
    retranslate();
    m_results->setHtml(hintHtml());
}

void SearchView::search()
{
    m_debounce->stop();
    const QString text = m_query->text();
    QList<ObservationSearchHit> hits;
    try {
        hits = ObservationStore(m_session.db).search(m_session.actor, text, 100);
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    m_count = static_cast<int>(hits.size());
    const QLocale locale;
    QString html;
    for (const ObservationSearchHit& hit : hits) {
        QString snippet = hit.snippet.toHtmlEscaped();
        snippet.replace(QLatin1Char('['), QStringLiteral("<b style='background:#fde3b0'>"));
        snippet.replace(QLatin1Char(']'), QStringLiteral("</b>"));
        html += QStringLiteral("<p><a href='kindzicht:observation/%1/%2'><b>%3</b></a> "
                               "<span style='color:#666'>%4</span><br>%5</p>")
                    .arg(hit.childId)
                    .arg(hit.observationId)
                    .arg(hit.childName.toHtmlEscaped(),
                         locale.toString(hit.observedAt.toLocalTime(), QLocale::ShortFormat), snippet);
    }
    if (text.trimmed().isEmpty())
        html = hintHtml();
    else if (hits.isEmpty())
        html = QStringLiteral("<p style='color:#444'>%1</p>")
                   .arg(tr("No observation of the children you may see contains \"%1\". Try fewer words, or "
                           "another form of the word (\"puzzel\" instead of \"puzzelde\").")
                            .arg(text.trimmed())
                            .toHtmlEscaped());
    m_results->setHtml(html);
    m_summary->setText(text.trimmed().isEmpty() ? QString()
                                                : tr("%n observation(s) found", nullptr, m_count));
}

// Before anything is typed: what the search does and how to use it, instead of an empty page.
QString SearchView::hintHtml() const
{
    return QStringLiteral(
               "<div style='color:#444'><p><b>%1</b></p><ul><li>%2</li><li>%3</li><li>%4</li></ul></div>")
        .arg(tr("Type one or more words from the notes to find observations.").toHtmlEscaped(),
             tr("You find only observations of the children you may see; restricted notes only when you may "
                "read them.")
                 .toHtmlEscaped(),
             tr("Capitals and accents do not matter: \"cafe\" also finds \"Café\". Several words find notes "
                "with all of them.")
                 .toHtmlEscaped(),
             tr("Press Tab to reach a result and Enter to open the child's file at that note.")
                 .toHtmlEscaped());
}

void SearchView::retranslate()
{
    m_title->setText(tr("Search observations"));
    m_query->setAccessibleName(tr("Search observations"));
    m_query->setPlaceholderText(tr("Words from the notes, for example: cafe puzzel (Ctrl+F)"));
    m_results->setToolTip(tr("Tab to a name and press Enter to open the dossier there"));
}

void SearchView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        search();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
