#pragma once

#include "domain/EditConflict.h"
#include "domain/Guardian.h"

#include <QCoreApplication>
#include <QWidget>
#include <optional>

class QPushButton;
class QTableWidget;

namespace kz {

struct Session;

// The parents and guardians in the child's dialog: a small table with add, edit and remove.
// Changes are kept here until the dialog is saved; save() hands them to core one by one and
// remembers what was stored, so saving again after a refusal repeats nothing.
class GuardiansEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GuardiansEditor(QWidget* parent = nullptr);

    void setGuardians(const QList<Guardian>& guardians);
    // The child's home languages, offered first as the language for conversations.
    void setLanguages(const QStringList& languages) { m_languages = languages; }
    QList<Guardian> guardians() const;
    bool hasChanges() const;
    void save(const Session& session, qint64 childId);

    QTableWidget* table() const { return m_table; }
    // Without a dialog, for tests and scripts of the dialog: the same as Add... then OK.
    void addGuardian(const Guardian& guardian);
    void removeRow(int row);

    // After someone else changed guardian `id` (an EditConflict): the row as typed here; keeping
    // it saves it over `currentVersion` as an overwrite; taking theirs shows their row instead.
    std::optional<Guardian> typed(qint64 id) const;
    void keepMine(qint64 id, int currentVersion);
    void takeTheirs(const Guardian& theirs);

private:
    struct Row
    {
        Guardian guardian;
        bool changed = false;
        Overwrite overwrite = Overwrite::No;
    };

    void addOrEdit(int row);
    void fill();
    void updateButtons();

    QList<Row> m_rows;
    QList<qint64> m_removed;
    QStringList m_languages;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace kz
