#pragma once

#include "domain/DevelopmentDomain.h"
#include "services/GroupNeeds.h"

#include <QList>
#include <QTabWidget>

class QTreeWidget;

namespace kz {

class LoadOnShow;
struct Session;

// The five lists of children who need attention, one tab each. The tabs show how long each list
// is; a list reads its rows only when its tab is shown, a page at a time ("show more").
class AttentionLists : public QTabWidget
{
    Q_OBJECT

public:
    static constexpr int lists = 5;
    static constexpr int pageSize = 100; // rows read at once; a location manager reads the first ones

    AttentionLists(const Session& session, QWidget* parent = nullptr);

    // New figures: the counts in the tab titles; the rows are read again when each tab is shown.
    void setFigures(const GroupNeedsFilter& filter, const GroupNeeds& counts);
    QTreeWidget* list(int index) const;
    void retranslate();

signals:
    void openChild(qint64 childId);
    void failed(const QString& message);

private:
    void labelLists();
    void nameTabs();
    // Adds rows to one list, and a "show more" row while the list has more.
    void appendRows(int index, const QList<AttentionItem>& items);
    void readMore(int index);
    QString lastColumn(int index, const AttentionItem& item) const;

    const Session& m_session;
    GroupNeedsFilter m_filter;
    QList<int> m_totals;
    QList<LoadOnShow*> m_loaders;
    QList<DevelopmentDomain> m_domains;
    bool m_hasFigures = false;
};

} // namespace kz
