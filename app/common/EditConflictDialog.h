#pragma once

#include "domain/EditConflict.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kz {

// Someone else saved the row after this person opened it. Says who and when, shows what she typed
// (read-only, to copy from) and, on request, the version that is there now, and lets her choose:
// keep hers over it (an audited overwrite), start again from theirs (her text is set aside in a
// window, see SetAsideText), or go back to editing. Nothing she typed is thrown away unasked.
class EditConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        BackToEditing,
        KeepMine,
        StartFromTheirs
    };

    // `yours` and `theirs`: the two versions in the same words, as the edit dialog shows them.
    EditConflictDialog(const EditConflictError& error, const QString& yours, const QString& theirs,
                       QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // Asks, and on "start again from theirs" sets `yours` aside in a window next to `parent`.
    static Choice ask(const EditConflictError& error, const QString& yours, const QString& theirs,
                      QWidget* parent);

    QPushButton* showTheirsButton() const { return m_showTheirs; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* startFromTheirsButton() const { return m_startFromTheirs; }
    QPushButton* backButton() const { return m_back; }
    QPlainTextEdit* yoursView() const { return m_yours; }
    QPlainTextEdit* theirsView() const { return m_theirs; }

private:
    void choose(Choice choice);
    void toggleTheirs();

    QPlainTextEdit* m_yours;
    QPlainTextEdit* m_theirs;
    QLabel* m_theirsTitle;
    QPushButton* m_showTheirs;
    QPushButton* m_keepMine;
    QPushButton* m_startFromTheirs;
    QPushButton* m_back;
    Choice m_choice = Choice::BackToEditing;
};

} // namespace kz
