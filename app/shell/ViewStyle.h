#pragma once

class QAbstractButton;
class QKeySequence;
class QLabel;
class QTableView;

namespace kz {

// The title above a workspace: larger and bold.
void styleAsTitle(QLabel* label);
// One look and keyboard behaviour for every list in Kindzicht: whole rows selected, sortable,
// read-only, Tab leaves the table.
void configureListTable(QTableView* table);
// A key for a button that survives its text: a mnemonic in setText() replaces QAbstractButton's own
// shortcut, so the key is a QShortcut of the button's view (active while focus is in that view).
void addButtonShortcut(QAbstractButton* button, const QKeySequence& keys);
// Sizes columns to their contents without letting one long cell push the others out of view, and lets the
// last one take the rest of the width again (after a reload that changed every row, too).
void fitColumns(QTableView* table, int maxWidth = 320);

} // namespace kz
