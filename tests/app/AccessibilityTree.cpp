#include "AccessibilityTree.h"

#include <QAccessible>
#include <QWidget>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Item views name their rows and cells by their text; their insides are not walked.
bool isItemContainer(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree ||
           role == QAccessible::ComboBox || role == QAccessible::PageTabList;
}

QString describe(QAccessibleInterface* iface)
{
    QObject* object = iface->object();
    QString text = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?");
    if (object && !object->objectName().isEmpty())
        text += QStringLiteral(" '%1'").arg(object->objectName());
    QStringList chain;
    for (QObject* up = object ? object->parent() : nullptr; up && chain.size() < 4; up = up->parent())
        chain.append(QString::fromLatin1(up->metaObject()->className()));
    return text + QStringLiteral(" in ") + chain.join(QStringLiteral(" < "));
}

void walk(QAccessibleInterface* iface, QStringList& unnamed, int depth)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    if (iface->state().invisible || iface->state().offscreen)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        // A combo box reports its current item as its name: that does not say what it chooses.
        auto* widget = qobject_cast<QWidget*>(iface->object());
        const bool named = role == QAccessible::ComboBox
                               ? widget && !widget->accessibleName().trimmed().isEmpty()
                               : !iface->text(QAccessible::Name).trimmed().isEmpty();
        const bool labelled = !iface->relations(QAccessible::Label).isEmpty();
        if (!named && !labelled)
            unnamed.append(describe(iface));
    }
    if (isItemContainer(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, depth + 1);
}

} // namespace

QStringList unnamedControls(QWidget* window)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(window), unnamed, 0);
    unnamed.removeDuplicates();
    return unnamed;
}
