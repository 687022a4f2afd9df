#pragma once

#include <QWidget>

class QAbstractButton;

namespace kz {

// The development domains of an observation as a row of toggles that is one stop for Tab: the arrow
// keys move between them, Space toggles, and Alt+letter toggles a domain from anywhere in the dialog
// without taking the focus away from the text being typed.
class DomainChips : public QWidget
{
    Q_OBJECT

public:
    explicit DomainChips(QWidget* parent = nullptr);

    // A chip for each domain, in order; `label` is shown, a free letter of it becomes the mnemonic.
    void addDomain(qint64 id, const QString& code, const QString& label);
    // Chooses each chip's letter, avoiding the letters the dialog's other texts use.
    void assignMnemonics(const QString& takenLetters);

    QList<QAbstractButton*> chips() const { return m_chips; }
    QAbstractButton* chip(const QString& code) const;
    QList<qint64> checkedIds() const;
    void setCheckedIds(const QList<qint64>& ids);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveFocus(int from, int step);
    void makeTabStop(int index);

    QList<QAbstractButton*> m_chips;
};

} // namespace kz
