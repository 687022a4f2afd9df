#pragma once

#include <QObject>
#include <QStringList>

class QHeaderView;

namespace kz {

// What a column means, shown when the pointer rests on its header: for every list, whether its
// headers come from a model or from items. Works on the header's viewport, so the model needs no
// change; a model's own ToolTipRole still wins.
class HeaderToolTips : public QObject
{
    Q_OBJECT

public:
    // Sets the explanations, one per logical column (call again after a language change).
    static void set(QHeaderView* header, const QStringList& tips);
    // The tooltip shown for `logicalIndex`: the model's own, else the one set here.
    static QString of(const QHeaderView* header, int logicalIndex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit HeaderToolTips(QHeaderView* header);
    QHeaderView* m_header;
};

} // namespace kz
