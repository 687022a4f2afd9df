#include "DialogFocus.h"

#include "Mnemonics.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QTimer>

namespace kz {

DialogFocus::DialogFocus(QObject* parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

DialogFocus::~DialogFocus()
{
    qApp->removeEventFilter(this);
}

bool DialogFocus::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Show && event->type() != QEvent::Hide)
        return false;
    auto* dialog = qobject_cast<QDialog*>(watched);
    if (!dialog || !dialog->isWindow() || event->spontaneous())
        return false;
    if (event->type() == QEvent::Show) {
        Mnemonics::resolve(dialog);
        // Where the keyboard was in the window the dialog belongs to (also when that window is not active).
        QWidget* focus = dialog->parentWidget() ? dialog->parentWidget()->window()->focusWidget()
                                                : QApplication::focusWidget();
        if (focus && focus->window() != dialog)
            m_before.insert(dialog, focus);
    } else if (m_before.contains(dialog)) {
        // Later, once the code that opened the dialog has reloaded what it changed: the first turn of
        // the event loop may still be the dialog's own, ending; the second is the opener's.
        QTimer::singleShot(0, this, [this, widget = m_before.take(dialog)] {
            QTimer::singleShot(0, this, [this, widget] { restore(widget); });
        });
    }
    return false;
}

void DialogFocus::restore(QPointer<QWidget> widget)
{
    if (!widget || !widget->isVisible() || QApplication::activeModalWidget())
        return;
    // A control disabled by the change (the step's button when nothing is chosen) hands on to its view.
    QWidget* target = widget;
    while (target && !target->isEnabled())
        target = target->parentWidget();
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace kz
