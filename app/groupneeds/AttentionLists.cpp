#include "AttentionLists.h"

#include "Error.h"
#include "domain/Labels.h"
#include "shell/LoadOnShow.h"
#include "shell/Session.h"
#include "store/DomainStore.h"
#include "store/HandoverRules.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QTreeWidget>

namespace kz {

// The texts keep the translation context of the overview they were part of (kz::GroupNeedsView),
// so the translations already made still apply.

namespace {

QString domainName(const DevelopmentDomain& d)
{
    return Labels::domain(d);
}

} // namespace

AttentionLists::AttentionLists(const Session& session, QWidget* parent)
    : QTabWidget(parent), m_session(session), m_totals(lists, 0)
{
    for (int i = 0; i < lists; ++i) {
        auto* list = new QTreeWidget(this);
        list->setRootIsDecorated(false);
        list->setColumnCount(4);
        list->setAlternatingRowColors(true);
        addTab(list, QString());
        connect(list, &QTreeWidget::itemActivated, this, [this, i](QTreeWidgetItem* item) {
            if (const qint64 child = item->data(0, Qt::UserRole).toLongLong())
                emit openChild(child);
            else
                readMore(i); // the last row: "show more"
        });
        // Nothing is read before the first figures arrive (a tab is shown before its workspace loads).
        m_loaders.append(new LoadOnShow(list, [this, i, list] {
            list->clear();
            if (m_hasFigures && m_totals[i] > 0)
                readMore(i);
        }));
    }
    retranslate();
}

QTreeWidget* AttentionLists::list(int index) const
{
    return qobject_cast<QTreeWidget*>(widget(index));
}

void AttentionLists::setFigures(const GroupNeedsFilter& filter, const GroupNeeds& counts)
{
    m_filter = filter;
    m_hasFigures = true;
    m_domains = DomainStore(m_session.db).all();
    for (int i = 0; i < lists; ++i) {
        m_totals[i] = counts.attentionTotal(AttentionList(i));
        list(i)->clear();
    }
    nameTabs();
    for (LoadOnShow* loader : m_loaders)
        loader->refresh(); // the tab in front reads its first rows now, the others when shown
}

void AttentionLists::retranslate()
{
    labelLists();
    nameTabs();
}

// Headers and their tooltips, also before the first load (a workspace reads its data when first shown).
void AttentionLists::labelLists()
{
    const QStringList dayHeaders = {
        QCoreApplication::translate("kz::GroupNeedsView", "Days overdue"),
        QCoreApplication::translate("kz::GroupNeedsView", "Days since the signal"),
        QCoreApplication::translate("kz::GroupNeedsView", "Days waiting"),
        QCoreApplication::translate("kz::GroupNeedsView", "Days since the signal"),
        QCoreApplication::translate("kz::GroupNeedsView", "Days until four")};
    const QStringList dayTips = {
        QCoreApplication::translate("kz::GroupNeedsView", "Days since the review date passed"),
        QCoreApplication::translate("kz::GroupNeedsView",
                                    "Days since the need was signalled, without the parents informed"),
        QCoreApplication::translate("kz::GroupNeedsView", "Days since the referral, still waiting"),
        QCoreApplication::translate("kz::GroupNeedsView", "Days since the need was signalled"),
        QCoreApplication::translate("kz::GroupNeedsView", "Days until the child turns four")};
    for (int i = 0; i < lists; ++i) {
        list(i)->setHeaderLabels({QCoreApplication::translate("kz::GroupNeedsView", "Child"),
                                  QCoreApplication::translate("kz::GroupNeedsView", "Group"), dayHeaders[i],
                                  i == 2   ? QCoreApplication::translate("kz::GroupNeedsView", "Partner")
                                  : i == 4 ? QCoreApplication::translate("kz::GroupNeedsView", "Handover")
                                           : QCoreApplication::translate("kz::GroupNeedsView", "Domain")});
        const QStringList tips = {
            QCoreApplication::translate("kz::GroupNeedsView", "Double-click a child to open the file"),
            QCoreApplication::translate("kz::GroupNeedsView", "The child's group"), dayTips[i],
            i == 2
                ? QCoreApplication::translate("kz::GroupNeedsView", "The partner the child was referred to")
            : i == 4
                ? QCoreApplication::translate("kz::GroupNeedsView", "Where the handover to school stands")
                : QCoreApplication::translate("kz::GroupNeedsView", "The development domain of the need")};
        for (int column = 0; column < tips.size(); ++column)
            list(i)->headerItem()->setToolTip(column, tips[column]);
    }
}

void AttentionLists::nameTabs()
{
    const QLocale locale;
    const QStringList names = {QCoreApplication::translate("kz::GroupNeedsView", "Reviews overdue"),
                               QCoreApplication::translate("kz::GroupNeedsView", "Parents not informed"),
                               QCoreApplication::translate("kz::GroupNeedsView", "Waiting for help"),
                               QCoreApplication::translate("kz::GroupNeedsView", "Level 3"),
                               QCoreApplication::translate("kz::GroupNeedsView", "Turning four")};
    for (int i = 0; i < lists; ++i) {
        setTabText(i, QCoreApplication::translate("kz::GroupNeedsView", "%1 (%2)")
                          .arg(names[i], locale.toString(m_totals[i])));
        widget(i)->setAccessibleName(names[i]);
    }
}

QString AttentionLists::lastColumn(int index, const AttentionItem& item) const
{
    if (index == 4)
        return item.detail == QLatin1String("sent")
                   ? QCoreApplication::translate("kz::GroupNeedsView", "sent to school")
                   : Labels::consentState(
                         consentStateFromCode(item.detail).value_or(ConsentState::NotRequested));
    if (index == 2)
        return item.detail; // the partner
    for (const DevelopmentDomain& d : m_domains)
        if (d.id == item.domainId)
            return domainName(d);
    return {};
}

void AttentionLists::appendRows(int index, const QList<AttentionItem>& items)
{
    const QLocale locale;
    QTreeWidget* list = this->list(index);
    const bool first = list->topLevelItemCount() == 0;
    if (!first && !list->topLevelItem(list->topLevelItemCount() - 1)->data(0, Qt::UserRole).toLongLong())
        delete list->takeTopLevelItem(list->topLevelItemCount() - 1); // the old "show more" row
    for (const AttentionItem& item : items) {
        auto* row = new QTreeWidgetItem(
            list, {item.childName, item.groupName, locale.toString(item.days), lastColumn(index, item)});
        row->setData(0, Qt::UserRole, item.childId);
        row->setTextAlignment(2, Qt::AlignRight);
    }
    const int remaining = m_totals[index] - list->topLevelItemCount();
    if (remaining > 0) {
        auto* more =
            new QTreeWidgetItem(list, {QCoreApplication::translate("kz::GroupNeedsView", "Show %n more...",
                                                                   nullptr, std::min(remaining, pageSize))});
        more->setToolTip(
            0, QCoreApplication::translate("kz::GroupNeedsView",
                                           "%n more in this list; press Enter or double-click to show them",
                                           nullptr, remaining));
        QFont font = more->font(0);
        font.setItalic(true);
        more->setFont(0, font);
        more->setData(0, Qt::UserRole, 0);
    }
    if (first)
        for (int c = 0; c < 3; ++c)
            list->resizeColumnToContents(c);
}

// The next page of one list (the first when it is empty).
void AttentionLists::readMore(int index)
{
    QTreeWidget* list = this->list(index);
    const int count = list->topLevelItemCount();
    const int shown = count > 0 ? count - 1 : 0; // without the "show more" row
    try {
        appendRows(index, GroupNeeds::attentionPage(m_session.db, m_session.actor, m_filter,
                                                    AttentionList(index), shown, pageSize));
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return;
    }
    if (shown > 0)
        if (QTreeWidgetItem* next = list->topLevelItem(shown))
            list->setCurrentItem(next);
}

} // namespace kz
