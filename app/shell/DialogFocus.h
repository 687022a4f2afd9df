#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace kz {

// After any dialog closes, the keyboard focus goes back to where it was when the dialog opened (the
// button that opened it, the row of the list), not to whichever control Qt finds next: typing on
// must never set off something else. Each dialog also gets its clashing mnemonics resolved as it shows.
class DialogFocus : public QObject
{
    Q_OBJECT

public:
    explicit DialogFocus(QObject* parent = nullptr);
    ~DialogFocus() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restore(QPointer<QWidget> widget);

    QHash<QDialog*, QPointer<QWidget>> m_before;
};

} // namespace kz
