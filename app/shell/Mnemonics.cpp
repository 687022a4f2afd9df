#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <functional>

namespace kz::Mnemonics {

namespace {

// One text with a mnemonic in a window: how to read it and how to change it.
struct Owner
{
    QString text;
    std::function<void(const QString&)> setText;
};

// The letter after a single '&' ("&&" is a literal ampersand); a null QChar when there is none.
QChar letterOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QString withoutMnemonic(const QString& text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            if (text[i + 1] == QLatin1Char('&')) {
                plain += QLatin1String("&&");
                ++i;
            }
            continue;
        }
        plain += text[i];
    }
    return plain;
}

// The same text with '&' before the first free letter, word starts first; without one when none is free.
QString withFreeLetter(const QString& text, const QSet<QChar>& used)
{
    const QString plain = withoutMnemonic(text);
    auto usable = [&](qsizetype i) {
        return plain[i].isLetterOrNumber() && !used.contains(plain[i].toLower()) &&
               (i == 0 || plain[i - 1] != QLatin1Char('&'));
    };
    for (int pass = 0; pass < 2; ++pass)
        for (qsizetype i = 0; i < plain.size(); ++i)
            if (usable(i) && (pass == 1 || i == 0 || !plain[i - 1].isLetterOrNumber()))
                return plain.left(i) + QLatin1Char('&') + plain.mid(i);
    return plain;
}

bool shownIn(const QWidget* widget, const QWidget* window)
{
    return widget->window() == window && widget->isVisibleTo(window);
}

// The menu bar first (its letters are the ones people learn), then the window's fields and buttons.
QList<Owner> ownersOf(QWidget* window)
{
    QList<Owner> owners;
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->menuWidget())
        for (QAction* action : main->menuBar()->actions())
            if (action->isVisible() && !action->isSeparator())
                owners.append({action->text(), [action](const QString& t) { action->setText(t); }});
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!shownIn(w, window))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            owners.append({button->text(), [button](const QString& t) { button->setText(t); }});
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            owners.append({label->text(), [label](const QString& t) { label->setText(t); }});
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            owners.append({box->title(), [box](const QString& t) { box->setTitle(t); }});
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    owners.append(
                        {tabs->tabText(i), [tabs, i](const QString& t) { tabs->setTabText(i, t); }});
    }
    return owners;
}

} // namespace

QStringList clashes(QWidget* window)
{
    QHash<QChar, QStringList> byLetter;
    QList<QChar> order;
    for (const Owner& owner : ownersOf(window)) {
        const QChar letter = letterOf(owner.text);
        if (letter.isNull())
            continue;
        if (!byLetter.contains(letter))
            order.append(letter);
        byLetter[letter].append(owner.text);
    }
    QStringList found;
    for (const QChar letter : order)
        if (byLetter[letter].size() > 1)
            found.append(
                QStringLiteral("%1: %2").arg(QString(letter), byLetter[letter].join(QStringLiteral(" | "))));
    return found;
}

QString takenLetters(QWidget* window)
{
    QString letters;
    for (const Owner& owner : ownersOf(window))
        if (const QChar letter = letterOf(owner.text); !letter.isNull() && !letters.contains(letter))
            letters += letter;
    return letters;
}

void resolve(QWidget* window)
{
    QSet<QChar> used;
    QList<Owner> clashing;
    for (const Owner& owner : ownersOf(window)) {
        const QChar letter = letterOf(owner.text);
        if (letter.isNull())
            continue;
        if (used.contains(letter))
            clashing.append(owner);
        else
            used.insert(letter);
    }
    // Only after every first claim is known, so a moved text never takes a letter a later text owns.
    for (const Owner& owner : clashing) {
        const QString text = withFreeLetter(owner.text, used);
        const QChar letter = letterOf(text);
        if (!letter.isNull())
            used.insert(letter);
        owner.setText(text);
    }
}

} // namespace kz::Mnemonics
