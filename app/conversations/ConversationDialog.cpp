#include "ConversationDialog.h"

#include "Clock.h"
#include "Error.h"
#include "admin/DialogKeys.h"
#include "children/DateEdits.h"
#include "domain/Labels.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/ConversationStore.h"
#include "store/DomainStore.h"
#include "store/GuardianStore.h"
#include "store/SupportNeedStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

namespace {

constexpr int weeksToNextConversation = 6;

QPlainTextEdit* textField(QWidget* parent, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(70);
    return edit;
}

} // namespace

ConversationDialog::ConversationDialog(const Session& session, qint64 childId, QWidget* parent)
    : QDialog(parent), m_session(session), m_childId(childId), m_date(makeDateEdit(this, Clock::today())),
      m_participants(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_interpreter(new QCheckBox(tr("An &interpreter took part, speaking"), this)),
      m_interpreterLanguage(new QLineEdit(this)),
      m_discussed(textField(this, tr("What did you talk about? The parents' view too."))),
      m_agreed(textField(this, tr("Who does what, at home and in the group?"))),
      m_hasNext(new QCheckBox(tr("&Next conversation on"), this)),
      m_next(makeDateEdit(this, Clock::today().addDays(7 * weeksToNextConversation))),
      m_needs(new QListWidget(this)), m_error(new QLabel(this))
{
    const Child child = ChildStore(session.db).get(session.actor, childId);
    setWindowTitle(tr("Conversation with the parents of %1").arg(child.fullName()));
    setMinimumWidth(620);
    m_date->setMaximumDate(Clock::today());
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    m_needs->setMaximumHeight(90);
    m_needs->setAccessibleName(tr("The parents were told about"));
    m_hasNext->setChecked(true);
    connect(m_hasNext, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    connect(m_interpreter, &QCheckBox::toggled, m_interpreterLanguage, &QWidget::setEnabled);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* interpreterRow = new QHBoxLayout;
    interpreterRow->addWidget(m_interpreter);
    interpreterRow->addWidget(m_interpreterLanguage, 1);
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_hasNext);
    nextRow->addWidget(m_next);
    nextRow->addStretch(1);
    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Who took part"), m_participants);
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), interpreterRow);
    form->addRow(tr("Dis&cussed"), m_discussed);
    form->addRow(tr("A&greed"), m_agreed);
    form->addRow(QString(), nextRow);
    form->addRow(tr("Parents &told about"), m_needs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConversationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConversationDialog::reject);
    acceptOnCtrlEnter(this, buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    prefillFromParents();
    fillNeeds();
    m_discussed->setFocus();
}

// The parents' names and the practitioner, the language the parents prefer, and an interpreter in
// that language when one of them needs it: what most conversations are; she corrects the rest.
void ConversationDialog::prefillFromParents()
{
    QStringList people;
    QStringList languages;
    QString interpreterLanguage;
    for (const Guardian& g : GuardianStore(m_session.db).list(m_session.actor, m_childId)) {
        people.append(g.relation.isEmpty() ? g.name : QStringLiteral("%1 (%2)").arg(g.name, g.relation));
        if (!g.preferredLanguage.isEmpty() && !languages.contains(g.preferredLanguage))
            languages.append(g.preferredLanguage);
        if (g.interpreterNeeded && interpreterLanguage.isEmpty())
            interpreterLanguage = g.preferredLanguage;
    }
    people.append(m_session.actor.displayName);
    m_participants->setText(people.join(QStringLiteral(", ")));
    const QString dutch = QStringLiteral("Nederlands");
    if (!interpreterLanguage.isEmpty() || languages.isEmpty())
        languages.prepend(dutch); // with an interpreter, the practitioner speaks Dutch
    languages.removeDuplicates();
    m_language->addItems(languages);
    m_language->setCurrentIndex(0);
    m_interpreter->setChecked(!interpreterLanguage.isEmpty());
    m_interpreterLanguage->setText(interpreterLanguage);
    m_interpreterLanguage->setEnabled(m_interpreter->isChecked());
    m_interpreterLanguage->setAccessibleName(tr("Interpreter's language"));
}

void ConversationDialog::fillNeeds()
{
    QHash<qint64, DevelopmentDomain> domains;
    for (const DevelopmentDomain& d : DomainStore(m_session.db).all(true))
        domains.insert(d.id, d);
    for (const SupportNeed& n : SupportNeedStore(m_session.db).forChild(m_session.actor, m_childId)) {
        if (n.status == NeedStatus::Closed)
            continue;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(Labels::domain(domains.value(n.domainId)), Labels::level(n.level)),
            m_needs);
        item->setData(Qt::UserRole, n.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Parents not yet told are the ones this conversation is usually for.
        item->setCheckState(n.parentsInformedOn ? Qt::Unchecked : Qt::Checked);
    }
    if (m_needs->count() == 0)
        m_form->setRowVisible(m_needs, false);
}

void ConversationDialog::accept()
{
    ParentConversation talk;
    talk.childId = m_childId;
    talk.heldOn = dateOf(m_date).value_or(QDate());
    talk.participants = m_participants->text();
    talk.language = m_language->currentText();
    talk.interpreterUsed = m_interpreter->isChecked();
    talk.interpreterLanguage = talk.interpreterUsed ? m_interpreterLanguage->text() : QString();
    talk.discussed = m_discussed->toPlainText();
    talk.agreed = m_agreed->toPlainText();
    if (m_hasNext->isChecked())
        talk.nextOn = dateOf(m_next);
    QList<qint64> informed;
    for (int i = 0; i < m_needs->count(); ++i)
        if (m_needs->item(i)->checkState() == Qt::Checked)
            informed.append(m_needs->item(i)->data(Qt::UserRole).toLongLong());
    try {
        m_conversationId = ConversationStore(m_session.db).create(m_session.actor, talk, informed);
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
