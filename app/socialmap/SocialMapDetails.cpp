#include "Error.h"
#include "PartnerFilterProxy.h"
#include "PartnerListModel.h"
#include "SocialMapView.h"
#include "access/AccessPolicy.h"
#include "domain/Labels.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

// The details of the chosen partner, beside the list.

namespace kz {

void SocialMapView::showDetails()
{
    const Partner* current = currentPartner();
    m_copyPhone->setEnabled(current && !current->phone.isEmpty());
    m_copyEmail->setEnabled(current && !current->email.isEmpty());
    for (QPushButton* b : {m_edit, m_verify, m_retire})
        b->setEnabled(current != nullptr);
    if (!current) {
        m_details->setHtml(
            QStringLiteral("<p style='color:#666'>%1</p>")
                .arg(
                    tr("Choose an organisation to see what it offers and how to reach it.").toHtmlEscaped()));
        return;
    }
    const Partner& p = *current;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>").arg(p.name.toHtmlEscaped(), p.description.toHtmlEscaped());
    if (!p.services.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Services").toHtmlEscaped());
        for (const QString& s : p.services)
            html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString& label, const QString& value) {
        if (!value.isEmpty())
            html +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    row(tr("Category"), m_model->categoryLabel(p.categoryCode).toHtmlEscaped());
    row(tr("Neighbourhoods"), p.serviceAreas.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList address{p.address, QStringList({p.postcode, p.city}).join(QLatin1Char(' ')).trimmed()};
    address.removeAll(QString());
    if (p.country != QLatin1String("NL") && !p.country.isEmpty())
        address.append(p.country);
    row(tr("Address"), address.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!p.phone.isEmpty())
        row(tr("Phone"),
            QStringLiteral("<a href='tel:%1'>%2</a>")
                .arg(QString(p.phone).remove(QLatin1Char(' ')).toHtmlEscaped(), p.phone.toHtmlEscaped()));
    if (!p.email.isEmpty())
        row(tr("Email"), QStringLiteral("<a href='mailto:%1'>%1</a>").arg(p.email.toHtmlEscaped()));
    if (!p.website.isEmpty()) {
        const QString url = QUrl::fromUserInput(p.website).toString();
        row(tr("Website"),
            QStringLiteral("<a href='%1'>%2</a>").arg(url.toHtmlEscaped(), p.website.toHtmlEscaped()));
    }
    if (p.minimumAge || p.maximumAge)
        row(tr("Ages"),
            m_model->data(m_model->index(m_model->rowOfPartner(p.id), PartnerListModel::Ages)).toString());
    QStringList audience;
    for (const QString& a : p.audience)
        audience.append(a == QLatin1String("children")  ? tr("children")
                        : a == QLatin1String("parents") ? tr("parents")
                                                        : tr("professionals"));
    row(tr("For"), audience.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Languages"), p.languages.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Status"), Labels::partnerStatus(p.status).toHtmlEscaped());
    const QString verified = p.assuredDate ? tr("on %1 by %2")
                                                 .arg(QLocale().toString(*p.assuredDate, QLocale::LongFormat),
                                                      p.assurer.isEmpty() ? tr("unknown") : p.assurer)
                                           : tr("never");
    row(tr("Last verified"),
        m_model->finder().isStale(p)
            ? QStringLiteral("%1 <span style='color:#b03a00'>(%2)</span>")
                  .arg(verified.toHtmlEscaped(), tr("please check these details").toHtmlEscaped())
            : verified.toHtmlEscaped());
    html += QStringLiteral("</table>");
    for (const PartnerContact& c : p.contacts) {
        QStringList parts{QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped())};
        if (!c.role.isEmpty())
            parts.append(c.role.toHtmlEscaped());
        if (!c.phone.isEmpty())
            parts.append(c.phone.toHtmlEscaped());
        if (!c.email.isEmpty())
            parts.append(QStringLiteral("<a href='mailto:%1'>%1</a>").arg(c.email.toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" · ")));
    }
    m_details->setHtml(html);
}

} // namespace kz
