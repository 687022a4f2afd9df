#include "SocialMapView.h"

#include "Error.h"
#include "PartnerListModel.h"
#include "shell/Labels.h"

#include "shell/ViewStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kz {

SocialMapView::SocialMapView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_model(new PartnerListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    styleAsTitle(m_title);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PartnerListModel::SearchRole);
    m_proxy->setFilterKeyColumn(PartnerListModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    configureListTable(m_table);
    m_table->sortByColumn(PartnerListModel::Name, Qt::AscendingOrder);
    m_details->setOpenExternalLinks(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_count->setText(tr("%n organisation(s)", nullptr, m_proxy->rowCount()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SocialMapView::showDetails);
    setFocusProxy(m_filter);
    retranslate();
    reload();
}

void SocialMapView::reload()
{
    try {
        m_model->reload();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    fitColumns(m_table, 260);
    m_count->setText(tr("%n organisation(s)", nullptr, m_proxy->rowCount()));
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

int SocialMapView::visibleRows() const
{
    return m_proxy->rowCount();
}

void SocialMapView::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                               .arg(tr("Choose an organisation to see what it offers and how to reach it.").toHtmlEscaped()));
        return;
    }
    const Partner& p = m_model->partnerAt(current.row());
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing='4'>").arg(p.name.toHtmlEscaped(),
                                                                                    p.description.toHtmlEscaped());
    auto row = [&html](const QString& label, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    row(tr("Category"), m_model->categoryLabel(p.categoryCode).toHtmlEscaped());
    row(tr("Neighbourhoods"), p.serviceAreas.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Address"), QStringList({p.address, p.postcode, p.city}).join(QLatin1Char(' ')).trimmed().toHtmlEscaped());
    row(tr("Phone"), p.phone.toHtmlEscaped());
    if (!p.email.isEmpty())
        row(tr("Email"), QStringLiteral("<a href='mailto:%1'>%1</a>").arg(p.email.toHtmlEscaped()));
    if (!p.website.isEmpty())
        row(tr("Website"), QStringLiteral("<a href='%1'>%1</a>").arg(p.website.toHtmlEscaped()));
    row(tr("Languages"), p.languages.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Status"), Labels::partnerStatus(p.status).toHtmlEscaped());
    if (p.assuredDate)
        row(tr("Last verified"), tr("%1 by %2")
                                     .arg(QLocale().toString(*p.assuredDate, QLocale::LongFormat), p.assurer)
                                     .toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void SocialMapView::retranslate()
{
    m_title->setText(tr("Social map"));
    m_filter->setPlaceholderText(tr("Search organisations, neighbourhoods, help offered (Ctrl+F)"));
    m_table->setAccessibleName(tr("Organisations"));
}

void SocialMapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
