#pragma once

#include "HelpWindow.h"
#include "ShortcutOverview.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace kz {

class MainWindow;

// Help → Manual (F1) at the page of the workspace in front, and Help → Keyboard shortcuts,
// listing the shortcuts the window really has.
class HelpController : public QObject
{
    Q_OBJECT

public:
    explicit HelpController(MainWindow& window);

    // Puts the help entries at the top of `menu`.
    void addTo(QMenu* menu);
    QAction* manualAction() const { return m_manual; }
    QAction* shortcutsAction() const { return m_shortcuts; }

    void showManual();
    void showShortcuts();
    HelpWindow* helpWindow() const { return m_helpWindow; }
    ShortcutOverview* shortcutOverview() const { return m_overview; }

    // The manual's page for the workspace in front.
    QString currentPage() const;
    // Every shortcut of the window's actions and buttons, by where it works.
    QList<ShortcutEntry> shortcuts() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    QString menuOf(const QObject* object) const;
    QString workspaceOf(const QObject* object) const;

    MainWindow& m_window;
    QAction* m_manual;
    QAction* m_shortcuts;
    QPointer<HelpWindow> m_helpWindow;
    QPointer<ShortcutOverview> m_overview;
};

} // namespace kz
