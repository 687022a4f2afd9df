#pragma once

#include <QStringList>

class QWidget;

namespace kz {

// Alt+letter must reach one thing per window. Translations are made one string at a time, so two
// texts of one window can end up with the same letter ("&Taal" and "S&tatus..." in Dutch): the
// window moves the later one to a free letter when it is shown or its language changes.
namespace Mnemonics {

// The clashes among what is visible in `window` now, one line each ("t: &Taal | S&tatus..."); empty when
// none.
QStringList clashes(QWidget* window);
// The letters the window's visible texts use as mnemonics now (lower case).
QString takenLetters(QWidget* window);
// Gives every clashing text after the first a free letter of its own (or none when no letter is free).
void resolve(QWidget* window);

} // namespace Mnemonics

} // namespace kz
