#include "Clock.h"
#include "DossierView.h"
#include "Error.h"
#include "domain/Labels.h"
#include "services/Dossier.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"
#include "store/DomainStore.h"
#include "store/ObservationStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTreeWidget>

// What the dossier shows of one child: what goes well, the open needs and the timeline.

namespace kz {

QString DossierView::domainLabel(const QList<DevelopmentDomain>& domains, qint64 id)
{
    for (const DevelopmentDomain& d : domains)
        if (d.id == id)
            return Labels::domain(d);
    return {};
}

// Strengths first: what works for open needs, and the latest notes of what goes well.
void DossierView::fillStrengths()
{
    const QLocale locale;
    QStringList strengths;
    for (const SupportNeed& n : m_dossier->needs())
        if (n.status != NeedStatus::Closed && !n.strengths.trimmed().isEmpty())
            strengths.append(n.strengths.toHtmlEscaped());
    int shown = 0;
    for (const TimelineEntry& e : m_dossier->timeline())
        if (e.kind == TimelineEntry::Kind::Observation && e.observationKind == ObservationKind::Strength &&
            !e.hidden && shown++ < 3)
            strengths.append(QStringLiteral("%1 <span style='color:#666'>(%2)</span>")
                                 .arg(e.text.left(200).toHtmlEscaped(),
                                      locale.toString(e.at.toLocalTime().date(), QLocale::ShortFormat)));
    m_strengths->setText(strengths.isEmpty()
                             ? tr("Nothing noted yet: what goes well with this child?")
                             : QStringLiteral("• ") + strengths.join(QStringLiteral("<br>• ")));
}

void DossierView::fillNeeds(const QList<DevelopmentDomain>& domains)
{
    const QLocale locale;
    const qint64 selected = selectedNeed() ? selectedNeed()->id : 0;
    m_needs->setRowCount(0);
    const QDate today = Clock::today();
    for (const SupportNeed& n : m_dossier->needs()) {
        if (n.status == NeedStatus::Closed)
            continue;
        const int row = m_needs->rowCount();
        m_needs->insertRow(row);
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, n.id);
            m_needs->setItem(row, column, item);
            return item;
        };
        set(0, domainLabel(domains, n.domainId));
        QTableWidgetItem* level = set(1, Labels::level(n.level));
        level->setBackground(n.level == 3   ? QColor(0xf6c4c0)
                             : n.level == 2 ? QColor(0xfde3b0)
                                            : QColor(0xdbe9f6));
        level->setForeground(QColor(0x1f1f1f));
        set(2, Labels::needStatus(n.status));
        QTableWidgetItem* review =
            set(3, n.reviewDate ? locale.toString(*n.reviewDate, QLocale::ShortFormat) : tr("not set"));
        if (n.reviewDate && *n.reviewDate < today) {
            review->setText(tr("%1 (overdue)").arg(review->text()));
            review->setForeground(QColor(0xb3261e));
        }
        set(4, n.parentsInformedOn
                   ? tr("yes, %1").arg(locale.toString(*n.parentsInformedOn, QLocale::ShortFormat))
                   : tr("not yet"));
        QStringList referrals;
        for (const Referral& r : m_dossier->referralsOf(n.id)) {
            if (r.status == ReferralStatus::Registered || r.status == ReferralStatus::Waiting)
                referrals.append(
                    tr("%1: waiting %n day(s)", nullptr, r.daysWaiting(today)).arg(r.partnerName));
            else if (r.status == ReferralStatus::Started)
                referrals.append(tr("%1: help started").arg(r.partnerName));
        }
        set(5, referrals.join(QStringLiteral("; ")));
        m_needs->item(row, 0)->setToolTip(n.description);
    }
    fitColumns(m_needs);
    if (selected)
        selectNeed(selected);
    else if (m_needs->rowCount() > 0)
        m_needs->selectRow(0);
}

void DossierView::fillTimeline()
{
    if (!m_dossier)
        return;
    TimelineFilter filter;
    if (m_domainFilter->currentData().isValid())
        filter.domainId = m_domainFilter->currentData().toLongLong();
    const int months = m_periodFilter->currentData().toInt();
    if (months > 0)
        filter.from = Clock::today().addMonths(-months);
    const QList<DevelopmentDomain> domains = DomainStore(m_session.db).all();
    const QLocale locale;
    m_timeline->clear();
    for (const TimelineEntry& e : m_dossier->timeline(filter)) {
        QStringList domainNames;
        for (qint64 id : e.domainIds)
            domainNames.append(domainLabel(domains, id));
        QString text = e.text;
        if (e.hidden)
            text = tr("Restricted note: only its author and the location manager can read it.");
        else if (e.revision > 1)
            text += QStringLiteral("  ") + tr("(changed, version %1)").arg(e.revision);
        // A conversation is held on a day; it has no time of its own.
        const QString when = e.kind == TimelineEntry::Kind::Conversation
                                 ? locale.toString(e.at.date(), QLocale::ShortFormat)
                                 : locale.toString(e.at.toLocalTime(), QLocale::ShortFormat);
        auto* item =
            new QTreeWidgetItem(m_timeline, {when, domainNames.join(QStringLiteral(", ")), e.author, text});
        item->setData(0, Qt::UserRole, e.observationId);
        item->setData(1, Qt::UserRole, e.needId);
        item->setToolTip(3, text);
        if (e.revision > 1 && !e.hidden) {
            // The earlier versions stay readable, marked as such.
            QStringList earlier;
            try {
                for (const ObservationRevision& r :
                     ObservationStore(m_session.db).revisions(m_session.actor, e.observationId))
                    earlier.append(tr("Version %1, replaced %2 by %3:\n%4")
                                       .arg(r.revision)
                                       .arg(locale.toString(r.replacedAt.toLocalTime(), QLocale::ShortFormat),
                                            r.replacedByName, r.body.left(500)));
            } catch (const Error& error) {
                emit failed(error.userMessage());
            }
            item->setToolTip(3, text + QStringLiteral("\n\n") + earlier.join(QStringLiteral("\n\n")));
        }
        if (e.kind != TimelineEntry::Kind::Observation) {
            QFont f = item->font(3);
            f.setItalic(true);
            item->setFont(3, f);
            item->setForeground(3, QColor(0x2f6f62));
        } else if (e.observationKind == ObservationKind::Strength) {
            item->setIcon(3, QIcon());
            item->setBackground(3, QColor(0xeef6ee));
        }
        if (e.hidden)
            item->setForeground(3, QColor(0x7a5b00));
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->resizeColumnToContents(2);
    const int hidden = m_dossier->restrictedHiddenCount();
    m_restrictedNote->setVisible(hidden > 0);
    m_restrictedNote->setText(tr("%n restricted note(s) you cannot read.", nullptr, hidden));
    updateButtons();
}

} // namespace kz
