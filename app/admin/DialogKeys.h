#pragma once

class QDialog;
class QDialogButtonBox;

namespace kz {

// Ctrl+Enter (and Ctrl+Return) accepts the dialog from any field, as the button box's tooltip says.
void acceptOnCtrlEnter(QDialog* dialog, QDialogButtonBox* buttons);

} // namespace kz
