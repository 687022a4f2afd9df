#include "ChildChooser.h"

#include "Error.h"
#include "shell/Session.h"
#include "store/ChildOverviewQuery.h"
#include "store/ChildStore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace kz {

namespace {

// How many children the chooser offers for what is typed: enough to pick from, never everyone.
constexpr int childMatches = 50;

QString childLabel(const ChildSummary& s)
{
    return s.child.fullName() + QStringLiteral(" · ") + s.groupName;
}

} // namespace

ChildChooser::ChildChooser(const Session& session, QWidget* parent)
    : QComboBox(parent), m_session(session), m_searchTimer(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Type a name"));
    searchChildren(QString());
    // The database is asked when the typing pauses, not for every key a director types.
    m_searchTimer->setInterval(150);
    m_searchTimer->setSingleShot(true);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { searchChildren(lineEdit()->text()); });
    connect(lineEdit(), &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    completer()->popup()->installEventFilter(this);
    lineEdit()->installEventFilter(this);
}

// What is typed stays as typed while the list under it is read again.
void ChildChooser::searchChildren(const QString& text)
{
    const QString name = text.section(QStringLiteral(" · "), 0, 0);
    const int cursor = lineEdit()->cursorPosition();
    {
        const QSignalBlocker blocker(this);
        clear();
        addItem(QString(), QVariant());
        for (const ChildSummary& s :
             ChildOverviewQuery(m_session.db, m_session.actor, {.name = name}).page(0, childMatches))
            addItem(childLabel(s), s.child.id);
        setEditText(text);
    }
    lineEdit()->setCursorPosition(cursor);
    if (!text.isEmpty() && lineEdit()->hasFocus()) {
        completer()->setCompletionPrefix(text);
        completer()->complete();
    }
}

void ChildChooser::selectChild(qint64 childId)
{
    if (childId <= 0)
        return;
    if (findData(childId) < 0) {
        try {
            const Child child = ChildStore(m_session.db).get(m_session.actor, childId);
            QString label = child.fullName();
            const ChildOverviewFilter sameName{.includeLeft = true, .name = label};
            for (const ChildSummary& s :
                 ChildOverviewQuery(m_session.db, m_session.actor, sameName).page(0, childMatches))
                if (s.child.id == childId)
                    label = childLabel(s);
            addItem(label, childId);
        } catch (const Error&) {
            return; // no longer there, or no longer the user's: she chooses again
        }
    }
    setCurrentIndex(findData(childId));
}

qint64 ChildChooser::childId() const
{
    int index = currentIndex();
    if (currentText() != itemText(index))
        index = findText(currentText(), Qt::MatchContains);
    return index > 0 ? itemData(index).toLongLong() : 0;
}

// Enter in the text before any list showed: the first child whose name matches, as in the list.
bool ChildChooser::pickFirstCompletion()
{
    const QString text = lineEdit()->text();
    if (text.isEmpty() || itemText(currentIndex()) == text)
        return false;
    QAbstractItemModel* matches = completer()->completionModel();
    if (matches->rowCount() == 0)
        return false;
    const int index = findText(matches->index(0, 0).data().toString());
    if (index < 0)
        return false;
    completer()->popup()->hide();
    setCurrentIndex(index);
    return true;
}

bool ChildChooser::eventFilter(QObject* watched, QEvent* event)
{
    QAbstractItemView* popup = completer()->popup();
    const bool enter =
        event->type() == QEvent::KeyPress && (static_cast<QKeyEvent*>(event)->key() == Qt::Key_Return ||
                                              static_cast<QKeyEvent*>(event)->key() == Qt::Key_Enter);
    if (enter && (watched == popup || watched == lineEdit())) {
        if (m_searchTimer->isActive()) { // Enter acts on what is typed, without waiting for the pause
            m_searchTimer->stop();
            searchChildren(lineEdit()->text());
        }
        if (watched == lineEdit() && pickFirstCompletion())
            return true;
        QAbstractItemModel* matches = completer()->completionModel();
        if (watched == popup && !popup->currentIndex().isValid() && matches->rowCount() > 0)
            popup->setCurrentIndex(matches->index(0, 0));
    }
    return QComboBox::eventFilter(watched, event);
}

} // namespace kz
