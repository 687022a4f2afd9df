#include "DialogKeys.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QShortcut>

namespace kz {

void acceptOnCtrlEnter(QDialog* dialog, QDialogButtonBox* buttons)
{
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        QObject::connect(new QShortcut(QKeySequence(Qt::CTRL | key), dialog), &QShortcut::activated, dialog,
                         &QDialog::accept);
    for (QAbstractButton* button : buttons->buttons())
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setToolTip(QCoreApplication::translate("kz::DialogKeys", "%1 (Ctrl+Enter)")
                                   .arg(button->text().remove(QLatin1Char('&'))));
}

} // namespace kz
