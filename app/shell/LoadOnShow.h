#pragma once

#include "db/Change.h"

#include <QList>
#include <QObject>
#include <functional>

class QWidget;

namespace kz {

class ChangeNotifier;

// When a workspace reads its data: at once (a view on its own), or the first time it is shown
// (in the main window, so the window opens without loading what nobody looks at).
enum class Loading
{
    Now,
    WhenShown
};

// Loads a page when it is shown and its data is stale; a refresh of a hidden page waits until
// the page is shown again.
class LoadOnShow : public QObject
{
    Q_OBJECT

public:
    LoadOnShow(QWidget* page, std::function<void()> load);

    // The data changed: load now when the page is visible, else when it is next shown.
    void refresh();
    bool isStale() const { return m_stale; }
    // Refreshes the page whenever a committed change concerns one of `subjects`: what the page
    // shows, so no other view has to know about it.
    void refreshOn(const ChangeNotifier* notifier, const QList<Change::Subject>& subjects);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();

    QWidget* m_page;
    std::function<void()> m_load;
    bool m_stale = true;
};

} // namespace kz
