#include "Clock.h"
#include "ObservationDialog.h"

#include "Error.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kz {

ObservationDialog::ObservationDialog(const Session& session, qint64 childId, QWidget* parent,
                                     std::optional<Observation> editing)
    : QDialog(parent)
    , m_session(session)
    , m_editing(std::move(editing))
    , m_child(new QComboBox(this))
    , m_kind(new QButtonGroup(this))
    , m_text(new QPlainTextEdit(this))
    , m_moment(new QDateTimeEdit(Clock::now(), this))
    , m_restricted(new QCheckBox(tr("&Restricted: only I and the location manager can read the text"), this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_draftTimer(new QTimer(this))
{
    setWindowTitle(m_editing ? tr("Change observation") : tr("New observation"));
    setMinimumWidth(640);

    m_child->setEditable(true);
    m_child->setInsertPolicy(QComboBox::NoInsert);
    m_child->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_child->completer()->setFilterMode(Qt::MatchContains);
    m_child->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_child->lineEdit()->setPlaceholderText(tr("Type a name"));
    m_child->addItem(QString(), QVariant());
    for (const ChildSummary& s : ChildStore(session.db).list(session.actor))
        m_child->addItem(s.child.fullName() + QStringLiteral(" · ") + s.groupName, s.child.id);
    m_child->setCurrentIndex(std::max(0, m_child->findData(childId)));

    const bool dutch = QLocale().language() == QLocale::Dutch;
    for (const DevelopmentDomain& d : DomainStore(session.db).all()) {
        auto* button = new QToolButton(this);
        button->setText(dutch ? d.labelNl : d.labelEn);
        button->setCheckable(true);
        button->setAccessibleDescription(tr("Development domain; pressed when the observation is about it"));
        button->setProperty("domainId", d.id);
        button->setProperty("domainCode", d.code);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        button->setStyleSheet(QStringLiteral("QToolButton { padding: 3px 8px; border: 1px solid #b9b4a8; "
                                             "border-radius: 10px; background: #faf8f3; }"
                                             "QToolButton:checked { background: #2f6f62; color: white; "
                                             "border-color: #2f6f62; }"
                                             "QToolButton:focus { border: 2px solid #e8a33d; }"));
        m_domainButtons.append(button);
    }
    auto* domainGrid = new QVBoxLayout;
    QHBoxLayout* row = nullptr;
    for (qsizetype i = 0; i < m_domainButtons.size(); ++i) {
        if (i % 3 == 0) {
            row = new QHBoxLayout;
            row->setSpacing(4);
            domainGrid->addLayout(row);
        }
        row->addWidget(m_domainButtons[i]);
        if (i == m_domainButtons.size() - 1)
            row->addStretch();
    }

    auto* strength = new QRadioButton(tr("&Goes well"), this);
    auto* concern = new QRadioButton(tr("C&oncern"), this);
    auto* neutral = new QRadioButton(tr("&Neither"), this);
    m_kind->addButton(strength, static_cast<int>(ObservationKind::Strength));
    m_kind->addButton(concern, static_cast<int>(ObservationKind::Concern));
    m_kind->addButton(neutral, static_cast<int>(ObservationKind::Neutral));
    neutral->setChecked(true);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(strength);
    kinds->addWidget(concern);
    kinds->addWidget(neutral);
    kinds->addStretch();

    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What did you see? Describe, do not judge."));
    m_moment->setCalendarPopup(true);
    m_moment->setMaximumDateTime(Clock::now().addSecs(300));
    m_moment->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_notice->setStyleSheet(QStringLiteral("color: #555; background: #f3f0e6; padding: 4px; border-radius: 4px;"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Child"), m_child);
    form->addRow(tr("Domains"), domainGrid);
    form->addRow(tr("This is"), kinds);
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

    // Tab order follows the way people log: child, domains, kind, text, moment, restricted, save.
    QWidget* previous = m_child;
    for (QAbstractButton* b : m_domainButtons) {
        setTabOrder(previous, b);
        previous = b;
    }
    for (QWidget* w : std::initializer_list<QWidget*>{strength, concern, neutral, m_text, m_moment, m_restricted}) {
        setTabOrder(previous, w);
        previous = w;
    }

    if (m_editing) {
        apply(*m_editing);
        m_child->setEnabled(false);
    } else if (const auto draft = DraftStore(session.db).load(session.actor); draft && !draft->body.isEmpty()) {
        apply(*draft);
        m_restoredDraft = true;
        m_notice->setText(tr("Your unsaved observation was restored."));
        m_notice->show();
    }
    m_draftTimer->setInterval(1500);
    m_draftTimer->setSingleShot(true);
    connect(m_draftTimer, &QTimer::timeout, this, &ObservationDialog::saveDraft);
    connect(m_text, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    (m_child->currentData().isValid() ? static_cast<QWidget*>(m_text) : m_child)->setFocus();
}

QAbstractButton* ObservationDialog::domainButton(const QString& code) const
{
    for (QAbstractButton* b : m_domainButtons)
        if (b->property("domainCode").toString() == code)
            return b;
    return nullptr;
}

QAbstractButton* ObservationDialog::strengthButton() const
{
    return m_kind->button(static_cast<int>(ObservationKind::Strength));
}

QAbstractButton* ObservationDialog::concernButton() const
{
    return m_kind->button(static_cast<int>(ObservationKind::Concern));
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
    o.domainIds.clear();
    for (QAbstractButton* b : m_domainButtons)
        if (b->isChecked())
            o.domainIds.append(b->property("domainId").toLongLong());
    return o;
}

void ObservationDialog::apply(const Observation& o)
{
    if (o.childId > 0)
        m_child->setCurrentIndex(std::max(0, m_child->findData(o.childId)));
    if (o.observedAt.isValid())
        m_moment->setDateTime(o.observedAt.toLocalTime());
    m_text->setPlainText(o.body);
    if (QAbstractButton* b = m_kind->button(static_cast<int>(o.kind)))
        b->setChecked(true);
    m_restricted->setChecked(o.restricted);
    for (QAbstractButton* b : m_domainButtons)
        b->setChecked(o.domainIds.contains(b->property("domainId").toLongLong()));
}

void ObservationDialog::saveDraft()
{
    if (m_editing || m_text->toPlainText().trimmed().isEmpty())
        return;
    try {
        DraftStore(m_session.db).save(m_session.actor, current());
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

void ObservationDialog::accept()
{
    const Observation o = current();
    try {
        if (o.childId <= 0)
            throw Error(Error::Kind::Validation, tr("Choose the child this observation is about."));
        ObservationStore store(m_session.db);
        if (m_editing) {
            store.edit(m_session.actor, o);
            m_savedId = o.id;
        } else {
            m_savedId = store.create(m_session.actor, o);
            DraftStore(m_session.db).discard(m_session.actor);
        }
        m_draftTimer->stop();
        m_leaving = true;
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

bool ObservationDialog::confirmLeaving()
{
    if (m_leaving || m_text->toPlainText().trimmed().isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("You have typed an observation that is not saved."),
                    QMessageBox::NoButton, this);
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
