#include "HelpController.h"

#include "HelpWindow.h"
#include "admin/AuditView.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "children/SearchView.h"
#include "groupneeds/GroupNeedsView.h"
#include "handover/HandoverView.h"
#include "shell/MainWindow.h"
#include "socialmap/SocialMapView.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <algorithm>
#include <tuple>

namespace kz {

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

HelpController::HelpController(MainWindow& window)
    : QObject(&window), m_window(window), m_manual(new QAction(&window)), m_shortcuts(new QAction(&window))
{
    m_manual->setObjectName(QStringLiteral("helpManual"));
    m_manual->setShortcut(QKeySequence::HelpContents);
    m_manual->setShortcutContext(Qt::ApplicationShortcut);
    m_shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(m_manual, &QAction::triggered, this, &HelpController::showManual);
    connect(m_shortcuts, &QAction::triggered, this, &HelpController::showShortcuts);
    window.addAction(m_manual);
    window.addAction(m_shortcuts);
    window.installEventFilter(this);
    retranslate();
}

void HelpController::addTo(QMenu* menu)
{
    QAction* first = menu->actions().value(0);
    menu->insertAction(first, m_manual);
    menu->insertAction(first, m_shortcuts);
    if (first)
        menu->insertSeparator(first);
}

void HelpController::retranslate()
{
    m_manual->setText(tr("Kindzicht &Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
}

QString HelpController::currentPage() const
{
    switch (m_window.currentWorkspace()) {
    case MainWindow::Search:
        return QStringLiteral("observations");
    case MainWindow::SocialMap:
        return QStringLiteral("socialmap");
    case MainWindow::GroupNeeds:
        return QStringLiteral("groupneeds");
    case MainWindow::Handover:
        return QStringLiteral("handover");
    case MainWindow::Administration:
        return QStringLiteral("admin");
    default:
        return QStringLiteral("children");
    }
}

void HelpController::showManual()
{
    if (!m_helpWindow) {
        m_helpWindow = new HelpWindow(&m_window);
        m_helpWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_helpWindow->showPage(currentPage());
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void HelpController::showShortcuts()
{
    if (m_overview)
        m_overview->close();
    m_overview = new ShortcutOverview(shortcuts(), &m_window);
    m_overview->setAttribute(Qt::WA_DeleteOnClose);
    m_overview->show();
}

// "Menu File" for an action in a menu; empty otherwise.
QString HelpController::menuOf(const QObject* object) const
{
    if (const auto* action = qobject_cast<const QAction*>(object)) {
        for (QObject* associated : action->associatedObjects())
            if (const auto* menu = qobject_cast<QMenu*>(associated); menu && !menu->title().isEmpty())
                return tr("Menu %1").arg(withoutMnemonic(menu->title()));
    }
    return {};
}

// The workspace a widget or action lives in, by its name in the navigation.
QString HelpController::workspaceOf(const QObject* object) const
{
    const QList<std::pair<const QWidget*, MainWindow::Workspace>> workspaces = {
        {m_window.childrenView(), MainWindow::Children},
        {m_window.searchView(), MainWindow::Search},
        {m_window.socialMapView(), MainWindow::SocialMap},
        {m_window.groupNeedsView(), MainWindow::GroupNeeds},
        {m_window.handoverView(), MainWindow::Handover},
        {m_window.auditView(), MainWindow::Administration}};
    for (const QObject* o = object; o; o = o->parent()) {
        if (o == m_window.dossierView())
            return tr("Child's file");
        for (const auto& [widget, workspace] : workspaces)
            if (widget && o == widget && m_window.navigation()->item(workspace))
                return m_window.navigation()->item(workspace)->text();
    }
    return tr("Everywhere");
}

QList<ShortcutEntry> HelpController::shortcuts() const
{
    QList<ShortcutEntry> entries;
    auto add = [&](const QKeySequence& keys, const QString& text, const QObject* owner) {
        if (keys.isEmpty() || text.isEmpty())
            return;
        const QString menu = menuOf(owner);
        entries.append({keys.toString(QKeySequence::NativeText), withoutMnemonic(text),
                        menu.isEmpty() ? workspaceOf(owner) : menu, !menu.isEmpty()});
    };
    for (const QAction* action : m_window.findChildren<QAction*>()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        for (const QKeySequence& keys : action->shortcuts())
            add(keys, action->text(), action);
    }
    // A button's Alt+letter is shown by its underlined letter already; only other keys are listed.
    for (const QAbstractButton* button : m_window.findChildren<QAbstractButton*>())
        if (!button->isHidden() && button->shortcut() != QKeySequence::mnemonic(button->text()))
            add(button->shortcut(), button->text().isEmpty() ? button->toolTip() : button->text(), button);
    // The menus first (they work everywhere), then each workspace.
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry& a, const ShortcutEntry& b) {
        return std::tie(b.inMenu, a.where, a.keys) < std::tie(a.inMenu, b.where, b.keys);
    });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const ShortcutEntry& a, const ShortcutEntry& b) {
                                  return a.where == b.where && a.keys == b.keys && a.action == b.action;
                              }),
                  entries.end());
    return entries;
}

bool HelpController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_helpWindow && m_helpWindow->isVisible())
            m_helpWindow->showPage(m_helpWindow->currentPage()); // the same page in the new language
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kz
