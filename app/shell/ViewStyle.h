#pragma once

class QLabel;
class QTableView;

namespace kz {

// The title above a workspace: larger and bold.
void styleAsTitle(QLabel* label);
// One look and keyboard behaviour for every list in Kindzicht: whole rows selected, sortable,
// read-only, Tab leaves the table.
void configureListTable(QTableView* table);
// Sizes columns to their contents without letting one long cell push the others out of view.
void fitColumns(QTableView* table, int maxWidth = 320);

} // namespace kz
