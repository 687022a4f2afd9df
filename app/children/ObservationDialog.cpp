#include "ObservationDialog.h"

#include "ChildChooser.h"
#include "Clock.h"
#include "DomainChips.h"
#include "Error.h"
#include "children/DateEdits.h"
#include "common/PresenceNote.h"
#include "domain/Labels.h"
#include "shell/EventLoopGuard.h"
#include "shell/Mnemonics.h"
#include "shell/Session.h"
#include "store/DomainStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace kz {

ObservationDialog::ObservationDialog(const Session& session, qint64 childId, QWidget* parent,
                                     std::optional<Observation> editing)
    : QDialog(parent), m_session(session), m_editing(std::move(editing)),
      m_child(new ChildChooser(session, this)), m_presence(new PresenceNote(session, 0, this)),
      m_domains(new DomainChips(this)), m_kind(new QButtonGroup(this)), m_text(new QPlainTextEdit(this)),
      m_moment(new QDateTimeEdit(Clock::now(), this)),
      m_restricted(new QCheckBox(tr("&Restricted: only I and the location manager can read the text"), this)),
      m_notice(new QLabel(this)), m_error(new QLabel(this)), m_draftTimer(new QTimer(this))
{
    setWindowTitle(m_editing ? tr("Change observation") : tr("New observation"));
    setMinimumWidth(640);

    m_child->selectChild(childId);

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
    layout->addWidget(m_presence);
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
    // Who else has the chosen child open: the note follows the choice.
    m_presence->setChild(m_child->childId());
    connect(m_child, &QComboBox::currentIndexChanged, this,
            [this] { m_presence->setChild(m_child->childId()); });
    m_domains->assignMnemonics(Mnemonics::takenLetters(this));
    m_draftTimer->setInterval(1500);
    m_draftTimer->setSingleShot(true);
    connect(m_draftTimer, &QTimer::timeout, this, &ObservationDialog::saveDraft);
    connect(m_text, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    (m_child->currentData().isValid() ? static_cast<QWidget*>(m_text) : m_child)->setFocus();
}

QComboBox* ObservationDialog::childBox() const
{
    return m_child;
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

QString ObservationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Observation ObservationDialog::current() const
{
    Observation o = m_editing.value_or(Observation{});
    o.childId = m_child->childId();
    o.observedAt = m_moment->dateTime().toUTC();
    o.body = m_text->toPlainText();
    o.kind = static_cast<ObservationKind>(m_kind->checkedId());
    o.restricted = m_restricted->isChecked();
    o.domainIds = m_domains->checkedIds();
    return o;
}

void ObservationDialog::apply(const Observation& o)
{
    m_child->selectChild(o.childId);
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
        if (e.kind() == Error::Kind::Database)
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
