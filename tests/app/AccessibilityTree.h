#pragma once

#include <QStringList>

class QWidget;

// Walks the accessibility tree (what a screen reader sees) of a window and lists every visible
// interactive control that has neither an accessible name nor a label that names it, as
// "QLineEdit 'postcode' in ChildDialog > QGroupBox" for the failure message.
QStringList unnamedControls(QWidget* window);
