#pragma once

#include <QDialog>
#include <QList>

class QTableWidget;

namespace kz {

struct ShortcutEntry
{
    QString keys;   // as shown on this system, e.g. "Ctrl+N"
    QString action; // what it does, without mnemonics
    QString where;  // the menu or workspace it belongs to
    bool inMenu = false;
};

// Every keyboard shortcut of the window, read from its actions and buttons: the list cannot fall
// behind the program.
class ShortcutOverview : public QDialog
{
    Q_OBJECT

public:
    ShortcutOverview(const QList<ShortcutEntry>& entries, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The row of `keys` ("Ctrl+N" in portable text), or -1.
    int rowOf(const QString& keys) const;

private:
    QTableWidget* m_table;
};

} // namespace kz
