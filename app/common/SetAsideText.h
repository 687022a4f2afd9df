#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace kz {

// What a person typed before she started again from someone else's version: a small window
// beside the form, read-only, to copy from while she redoes her change. It closes with the form.
class SetAsideText : public QDialog
{
    Q_OBJECT

public:
    SetAsideText(const QString& text, QWidget* parent);

    // Opens the window for `text` next to `form` (its parent), without blocking it.
    static SetAsideText* show(const QString& text, QWidget* form);

    QPlainTextEdit* textView() const { return m_text; }

private:
    QPlainTextEdit* m_text;
};

} // namespace kz
