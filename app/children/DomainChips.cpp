#include "DomainChips.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSet>
#include <QToolButton>
#include <utility>

namespace kz {

namespace {

constexpr int chipsPerRow = 3;

// A chip whose mnemonic toggles it and leaves the focus where it was (in the text, usually).
class Chip : public QToolButton
{
public:
    using QToolButton::QToolButton;

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::Shortcut) {
            toggle();
            return true;
        }
        return QToolButton::event(event);
    }
};

// A pressed chip shows a check mark, not only its colour (for colour-blind users and grey screens).
QIcon checkMarkIcon()
{
    constexpr int side = 10;
    constexpr qreal ratio = 2.0;
    QPixmap mark(static_cast<int>(side * ratio), static_cast<int>(side * ratio));
    mark.setDevicePixelRatio(ratio);
    mark.fill(Qt::transparent);
    QPainter painter(&mark);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath path(QPointF(1.2, 5.4));
    path.lineTo(3.8, 8.0);
    path.lineTo(8.8, 2.0);
    painter.drawPath(path);
    painter.end();
    return QIcon(mark);
}

} // namespace

DomainChips::DomainChips(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->setColumnStretch(chipsPerRow, 1);
    setFocusPolicy(Qt::NoFocus);
}

void DomainChips::addDomain(qint64 id, const QString& code, const QString& label)
{
    auto* chip = new Chip(this);
    chip->setText(QString(label).replace(QLatin1Char('&'), QLatin1String("&&")));
    chip->setAccessibleName(label);
    chip->setAccessibleDescription(tr("Development domain; pressed when the observation is about it"));
    chip->setCheckable(true);
    chip->setProperty("domainId", id);
    chip->setProperty("domainCode", code);
    chip->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    chip->setIconSize(QSize(10, 10));
    // Pressed: a check mark and a dark border besides the colour (a 2px border takes 1px of the
    // padding). Only a pressed chip carries the mark, so the others keep their width.
    chip->setStyleSheet(QStringLiteral("QToolButton { padding: 3px 8px; border: 1px solid #b9b4a8; "
                                       "border-radius: 10px; background: #faf8f3; }"
                                       "QToolButton:checked { background: #2f6f62; color: white; "
                                       "border: 2px solid #173b33; padding: 2px 7px; }"
                                       "QToolButton:focus { border: 2px solid #e8a33d; padding: 2px 7px; }"));
    connect(chip, &QToolButton::toggled, chip,
            [chip](bool on) { chip->setIcon(on ? checkMarkIcon() : QIcon()); });
    chip->installEventFilter(this);
    auto* grid = static_cast<QGridLayout*>(layout());
    const auto index = static_cast<int>(m_chips.size());
    grid->addWidget(chip, index / chipsPerRow, index % chipsPerRow);
    m_chips.append(chip);
    makeTabStop(0);
}

void DomainChips::assignMnemonics(const QString& takenLetters)
{
    QSet<QChar> taken;
    for (const QChar c : takenLetters)
        taken.insert(c.toLower());
    for (QAbstractButton* chip : std::as_const(m_chips)) {
        const QString label = chip->accessibleName();
        qsizetype chosen = -1;
        // A word's first letter reads best; any free letter of the name otherwise.
        for (int pass = 0; pass < 2 && chosen < 0; ++pass)
            for (qsizetype i = 0; i < label.size() && chosen < 0; ++i)
                if (label[i].isLetter() && !taken.contains(label[i].toLower()) &&
                    (pass == 1 || i == 0 || !label[i - 1].isLetter()))
                    chosen = i;
        QString text = label;
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (chosen >= 0) {
            taken.insert(label[chosen].toLower());
            const qsizetype at = chosen + label.left(chosen).count(QLatin1Char('&'));
            text.insert(at, QLatin1Char('&'));
        }
        chip->setText(text);
    }
}

QAbstractButton* DomainChips::chip(const QString& code) const
{
    for (QAbstractButton* c : m_chips)
        if (c->property("domainCode").toString() == code)
            return c;
    return nullptr;
}

QList<qint64> DomainChips::checkedIds() const
{
    QList<qint64> ids;
    for (QAbstractButton* c : m_chips)
        if (c->isChecked())
            ids.append(c->property("domainId").toLongLong());
    return ids;
}

void DomainChips::setCheckedIds(const QList<qint64>& ids)
{
    for (QAbstractButton* c : m_chips)
        c->setChecked(ids.contains(c->property("domainId").toLongLong()));
}

// Only one chip takes Tab (the last one used), so Tab passes the whole row in one step.
void DomainChips::makeTabStop(int index)
{
    for (int i = 0; i < m_chips.size(); ++i)
        m_chips[i]->setFocusPolicy(i == index ? Qt::StrongFocus : Qt::ClickFocus);
}

void DomainChips::moveFocus(int from, int step)
{
    const auto count = static_cast<int>(m_chips.size());
    const int to = ((from + step) % count + count) % count;
    makeTabStop(to);
    m_chips[to]->setFocus(Qt::OtherFocusReason);
}

bool DomainChips::eventFilter(QObject* watched, QEvent* event)
{
    const auto index = static_cast<int>(m_chips.indexOf(qobject_cast<QAbstractButton*>(watched)));
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn)
        makeTabStop(index);
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Right:
        moveFocus(index, 1);
        return true;
    case Qt::Key_Left:
        moveFocus(index, -1);
        return true;
    case Qt::Key_Down:
        moveFocus(index, chipsPerRow);
        return true;
    case Qt::Key_Up:
        moveFocus(index, -chipsPerRow);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace kz
