#include "ObservationDialog.h"

#include "Clock.h"
#include "DomainChips.h"
#include "Error.h"
#include "children/DateEdits.h"
#include "domain/Labels.h"
#include "shell/EventLoopGuard.h"
#include "shell/Mnemonics.h"
#include "shell/Session.h"
#include "store/ChildOverviewQuery.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace kz {

ObservationDialog::ObservationDialog(const Session& session, qint64 childId, QWidget* parent,
                                     std::optional<Observation> editing)
    : QDialog(parent), m_session(session), m_editing(std::move(editing)), m_child(new QComboBox(this)),
      m_domains(new DomainChips(this)), m_kind(new QButtonGroup(this)), m_text(new QPlainTextEdit(this)),
      m_moment(new QDateTimeEdit(Clock::now(), this)),
      m_restricted(new QCheckBox(tr("&Restricted: only I and the location manager can read the text"), this)),
      m_notice(new QLabel(this)), m_error(new QLabel(this)), m_draftTimer(new QTimer(this)),
      m_searchTimer(new QTimer(this))
{
    setWindowTitle(m_editing ? tr("Change observation") : tr("New observation"));
    setMinimumWidth(640);

    setUpChildChooser(childId);

    for (const DevelopmentDomain& d : DomainStore(session.db).all())
        m_domains->addDomain(d.id, d.code, Labels::domain(d));

    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What did you see? Describe, do not judge."));
    m_moment->setCalendarPopup(true);
    leaveOnTab(m_moment);
    m_moment->setMaximumDateTime(Clock::now().addSecs(300));
    m_moment->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_notice->setStyleSheet(
        QStringLiteral("color: #555; background: #f3f0e6; padding: 4px; border-radius: 4px;"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Child"), m_child);
    form->addRow(tr("Domains"), m_domains);
    form->addRow(tr("This is"), kindButtons());
    form->addRow(tr("&Observation"), m_text);
    form->addRow(tr("&When"), m_moment);
    form->addRow(QString(), m_restricted);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ObservationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ObservationDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &ObservationDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    orderTabs();

    if (m_editing) {
        apply(*m_editing);
        m_child->setEnabled(false);
    } else if (const auto draft = DraftStore(session.db).load(session.actor);
               draft && !draft->body.isEmpty()) {
        apply(*draft);
        m_restoredDraft = true;
        m_notice->setText(tr("Your unsaved observation was restored."));
        m_notice->show();
    }
    m_domains->assignMnemonics(Mnemonics::takenLetters(this));
    m_draftTimer->setInterval(1500);
    m_draftTimer->setSingleShot(true);
    connect(m_draftTimer, &QTimer::timeout, this, &ObservationDialog::saveDraft);
    connect(m_text, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    (m_child->currentData().isValid() ? static_cast<QWidget*>(m_text) : m_child)->setFocus();
}

namespace {

// How many children the chooser offers for what is typed: enough to pick from, never everyone.
constexpr int childMatches = 50;

QString childLabel(const ChildSummary& s)
{
    return s.child.fullName() + QStringLiteral(" · ") + s.groupName;
}

} // namespace

// The chooser holds only the first children whose name contains what is typed (a director may
// see 100,000): when the typing pauses the database is asked again, the text itself stays as typed.
void ObservationDialog::searchChildren(const QString& text)
{
    const QString name = text.section(QStringLiteral(" · "), 0, 0);
    const int cursor = m_child->lineEdit()->cursorPosition();
    {
        const QSignalBlocker blocker(m_child);
        m_child->clear();
        m_child->addItem(QString(), QVariant());
        for (const ChildSummary& s :
             ChildOverviewQuery(m_session.db, m_session.actor, {.name = name}).page(0, childMatches))
            m_child->addItem(childLabel(s), s.child.id);
        m_child->setEditText(text);
    }
    m_child->lineEdit()->setCursorPosition(cursor);
    if (!text.isEmpty() && m_child->lineEdit()->hasFocus()) {
        m_child->completer()->setCompletionPrefix(text);
        m_child->completer()->complete();
    }
}

// A child chosen before the dialog opens (or in a draft) is in the chooser whatever was searched.
void ObservationDialog::selectChild(qint64 childId)
{
    if (childId <= 0)
        return;
    if (m_child->findData(childId) < 0) {
        try {
            const Child child = ChildStore(m_session.db).get(m_session.actor, childId);
            QString label = child.fullName();
            const ChildOverviewFilter sameName{.includeLeft = true, .name = label};
            for (const ChildSummary& s :
                 ChildOverviewQuery(m_session.db, m_session.actor, sameName).page(0, childMatches))
                if (s.child.id == childId)
                    label = childLabel(s);
            m_child->addItem(label, childId);
        } catch (const Error&) {
            return; // no longer there, or no longer the user's: she chooses again
        }
    }
    m_child->setCurrentIndex(m_child->findData(childId));
}

QAbstractButton* ObservationDialog::domainButton(const QString& code) const
{
    return m_domains->chip(code);
}

QAbstractButton* ObservationDialog::strengthButton() const
{
    return m_kind->button(static_cast<int>(ObservationKind::Strength));
}

QAbstractButton* ObservationDialog::concernButton() const
{
    return m_kind->button(static_cast<int>(ObservationKind::Concern));
}

// Typing "Fen" and Enter picks Fenna: Enter in the list of names takes the first one when none is marked.
void ObservationDialog::setUpChildChooser(qint64 childId)
{
    m_child->setEditable(true);
    m_child->setInsertPolicy(QComboBox::NoInsert);
    m_child->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_child->completer()->setFilterMode(Qt::MatchContains);
    m_child->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_child->lineEdit()->setPlaceholderText(tr("Type a name"));
    searchChildren(QString());
    selectChild(childId);
    // The database is asked when the typing pauses, not for every key a director types.
    m_searchTimer->setInterval(150);
    m_searchTimer->setSingleShot(true);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { searchChildren(m_child->lineEdit()->text()); });
    connect(m_child->lineEdit(), &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter picks the first match, also before any match was highlighted.
    m_child->completer()->popup()->installEventFilter(this);
    m_child->lineEdit()->installEventFilter(this);
}

// Goes well, concern or neither (the default), in one row.
QHBoxLayout* ObservationDialog::kindButtons()
{
    auto* kinds = new QHBoxLayout;
    for (const auto& [kind, text] : {std::pair{ObservationKind::Strength, tr("&Goes well")},
                                     std::pair{ObservationKind::Concern, tr("C&oncern")},
                                     std::pair{ObservationKind::Neutral, tr("&Neither")}}) {
        auto* button = new QRadioButton(text, this);
        m_kind->addButton(button, static_cast<int>(kind));
        kinds->addWidget(button);
    }
    m_kind->button(static_cast<int>(ObservationKind::Neutral))->setChecked(true);
    kinds->addStretch();
    return kinds;
}

// Tab order follows the way people log: child, domains, kind, text, moment, restricted, save.
void ObservationDialog::orderTabs()
{
    QWidget* previous = m_child;
    for (QAbstractButton* b : m_domains->chips()) {
        setTabOrder(previous, b);
        previous = b;
    }
    for (QAbstractButton* b : m_kind->buttons()) { // in the order added
        setTabOrder(previous, b);
        previous = b;
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_text, m_moment, m_restricted}) {
        setTabOrder(previous, w);
        previous = w;
    }
}

// Enter in the text before any list showed: the first child whose name matches, as in the list.
bool ObservationDialog::pickFirstCompletion()
{
    const QString text = m_child->lineEdit()->text();
    if (text.isEmpty() || m_child->itemText(m_child->currentIndex()) == text)
        return false;
    QAbstractItemModel* matches = m_child->completer()->completionModel();
    if (matches->rowCount() == 0)
        return false;
    const int index = m_child->findText(matches->index(0, 0).data().toString());
    if (index < 0)
        return false;
    m_child->completer()->popup()->hide();
    m_child->setCurrentIndex(index);
    return true;
}

bool ObservationDialog::eventFilter(QObject* watched, QEvent* event)
{
    QAbstractItemView* popup = m_child->completer()->popup();
    const bool enter =
        event->type() == QEvent::KeyPress && (static_cast<QKeyEvent*>(event)->key() == Qt::Key_Return ||
                                              static_cast<QKeyEvent*>(event)->key() == Qt::Key_Enter);
    if (enter && (watched == popup || watched == m_child->lineEdit())) {
        if (m_searchTimer->isActive()) { // Enter acts on what is typed, without waiting for the pause
            m_searchTimer->stop();
            searchChildren(m_child->lineEdit()->text());
        }
        if (watched == m_child->lineEdit() && pickFirstCompletion())
            return true;
        QAbstractItemModel* matches = m_child->completer()->completionModel();
        if (watched == popup && !popup->currentIndex().isValid() && matches->rowCount() > 0)
            popup->setCurrentIndex(matches->index(0, 0));
    }
    return QDialog::eventFilter(watched, event);
}

QString ObservationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Observation ObservationDialog::current() const
{
    Observation o = m_editing.value_or(Observation{});
    // A name typed but not chosen from the list still counts when it matches one child.
    int index = m_child->currentIndex();
    if (m_child->currentText() != m_child->itemText(index))
        index = m_child->findText(m_child->currentText(), Qt::MatchContains);
    o.childId = index > 0 ? m_child->itemData(index).toLongLong() : 0;
    o.observedAt = m_moment->dateTime().toUTC();
    o.body = m_text->toPlainText();
    o.kind = static_cast<ObservationKind>(m_kind->checkedId());
    o.restricted = m_restricted->isChecked();
    o.domainIds = m_domains->checkedIds();
    return o;
}

void ObservationDialog::apply(const Observation& o)
{
    selectChild(o.childId);
    if (o.observedAt.isValid())
        m_moment->setDateTime(o.observedAt.toLocalTime());
    m_text->setPlainText(o.body);
    if (QAbstractButton* b = m_kind->button(static_cast<int>(o.kind)))
        b->setChecked(true);
    m_restricted->setChecked(o.restricted);
    m_domains->setCheckedIds(o.domainIds);
}

void ObservationDialog::accept()
{
    const Observation o = current();
    try {
        if (o.childId <= 0)
            throw Error(Error::Kind::Validation, tr("Choose the child this observation is about."));
        ObservationStore store(m_session.db);
        if (m_editing) {
            store.edit(m_session.actor, o, m_overwrite);
            m_savedId = o.id;
        } else {
            m_savedId = store.create(m_session.actor, o);
            DraftStore(m_session.db).discard(m_session.actor);
        }
        m_draftTimer->stop();
        m_leaving = true;
        QDialog::accept();
    } catch (const EditConflictError& e) {
        resolveConflict(e, o);
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
        EventLoopGuard::explain(); // a lost server: the window says so too, and keeps trying
    }
}

void ObservationDialog::keepAsDraftAndClose()
{
    m_draftTimer->stop();
    saveDraft();
    m_leaving = true;
    QDialog::reject();
}

bool ObservationDialog::confirmLeaving()
{
    if (m_leaving || m_text->toPlainText().trimmed().isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    tr("You have typed an observation that is not saved."), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Keep it as a draft for later, or throw it away?"));
    QPushButton* keep = box.addButton(tr("&Keep as draft"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Throw away"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep) {
        saveDraft();
        return true;
    }
    if (box.clickedButton() == discard) {
        if (!m_editing)
            DraftStore(m_session.db).discard(m_session.actor);
        return true;
    }
    return false;
}

void ObservationDialog::reject()
{
    if (!confirmLeaving())
        return;
    m_leaving = true;
    m_draftTimer->stop();
    QDialog::reject();
}

void ObservationDialog::closeEvent(QCloseEvent* event)
{
    if (confirmLeaving()) {
        m_leaving = true;
        event->accept();
        QDialog::closeEvent(event);
    } else {
        event->ignore();
    }
}

} // namespace kz
