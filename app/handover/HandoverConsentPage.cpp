#include "HandoverConsentPage.h"

#include "Clock.h"
#include "Error.h"
#include "HandoverWizard.h"
#include "children/DateEdits.h"
#include "domain/Labels.h"
#include "shell/Session.h"
#include "store/HandoverRules.h"
#include "store/HandoverStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kz {

HandoverConsentPage::HandoverConsentPage(HandoverWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_states(new QButtonGroup(this)), m_date(new QDateEdit(this)),
      m_dateLabel(new QLabel(this)), m_givenBy(new QLineEdit(this)), m_recordedBy(new QLabel(this)),
      m_notes(new QPlainTextEdit(this))
{
    setTitle(tr("The parents' consent"));
    setSubTitle(
        tr("Nothing goes to the school without the parents' consent. Show them the draft first: you can "
           "prepare it while their answer is awaited."));
    auto* stateRow = new QHBoxLayout;
    for (ConsentState s :
         {ConsentState::NotRequested, ConsentState::Awaiting, ConsentState::Given, ConsentState::Denied}) {
        auto* radio = new QRadioButton(Labels::consentState(s), this);
        radio->setObjectName(QStringLiteral("state_") + toCode(s));
        m_states->addButton(radio, static_cast<int>(s));
        stateRow->addWidget(radio);
    }
    stateRow->addStretch();
    connect(m_states, &QButtonGroup::idToggled, this, [this] { updateFields(); });

    m_date->setCalendarPopup(true);
    leaveOnTab(m_date);
    m_date->setMaximumDate(Clock::today());
    m_date->setDisplayFormat(dateFormat());
    m_givenBy->setObjectName(QStringLiteral("givenBy"));
    m_givenBy->setPlaceholderText(tr("the parent who answered, e.g. J. de Vries (mother)"));
    m_notes->setPlaceholderText(tr("e.g. read the draft together at the parents' meeting"));
    m_notes->setMaximumHeight(70);
    m_dateLabel->setBuddy(m_date);
    m_recordedBy->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* sections = new QGroupBox(tr("The parents agree to share"), this);
    auto* sectionsLayout = new QVBoxLayout(sections);
    for (HandoverSection s : allHandoverSections()) {
        auto* box = new QCheckBox(Labels::handoverSection(s), sections);
        box->setObjectName(QStringLiteral("section_") + toCode(s));
        m_sections.insert(s, box);
        sectionsLayout->addWidget(box);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Answer:"), stateRow);
    form->addRow(m_dateLabel, m_date);
    form->addRow(tr("&Given by:"), m_givenBy);
    form->addRow(tr("Recorded by:"), m_recordedBy);
    form->addRow(sections);
    form->addRow(tr("&Notes:"), m_notes);
    setLayout(form);
}

void HandoverConsentPage::initializePage()
{
    const std::optional<Handover> h = m_wizard->handover();
    m_stored = h ? std::optional<HandoverConsent>(h->consent) : std::nullopt;
    const HandoverConsent c = m_stored.value_or(HandoverConsent{});
    setState(c.state);
    m_date->setDate(c.date.value_or(Clock::today()));
    m_givenBy->setText(c.givenBy);
    m_recordedBy->setText(
        c.recordedByName.isEmpty()
            ? m_wizard->session().actor.displayName
            : tr("%1 (you are %2)").arg(c.recordedByName, m_wizard->session().actor.displayName));
    // Until the parents chose, everything is proposed (VE only for a child with a VE indication).
    const bool hasVe = m_wizard->child().veIndicationDate.has_value();
    for (HandoverSection s : allHandoverSections())
        m_sections[s]->setChecked(c.sections.isEmpty() ? (s != HandoverSection::Ve || hasVe)
                                                       : c.sections.contains(s));
    m_notes->setPlainText(c.notes);
    setSubTitle(
        tr("To %1. Nothing goes to the school without the parents' consent. Show them the draft first: "
           "you can prepare it while their answer is awaited.")
            .arg(m_wizard->schoolName()));
    updateFields();
}

ConsentState HandoverConsentPage::state() const
{
    return static_cast<ConsentState>(std::max(0, m_states->checkedId()));
}

void HandoverConsentPage::setState(ConsentState state)
{
    m_states->button(static_cast<int>(state))->setChecked(true);
}

void HandoverConsentPage::updateFields()
{
    const ConsentState s = state();
    m_dateLabel->setText(s == ConsentState::Awaiting ? tr("Asked on:") : tr("&Date of the answer:"));
    m_date->setEnabled(s != ConsentState::NotRequested);
    m_givenBy->setEnabled(s == ConsentState::Given || s == ConsentState::Denied);
    for (QCheckBox* box : std::as_const(m_sections))
        box->setEnabled(s != ConsentState::Denied);
    // Denied ends here: Finish instead of Next (setFinalPage makes the wizard look again).
    setFinalPage(s == ConsentState::Denied);
}

HandoverConsent HandoverConsentPage::entered() const
{
    HandoverConsent c;
    c.state = state();
    if (c.state != ConsentState::NotRequested)
        c.date = m_date->date();
    c.givenBy = m_givenBy->isEnabled() ? m_givenBy->text().trimmed() : QString();
    for (HandoverSection s : allHandoverSections())
        if (m_sections[s]->isChecked() && c.state != ConsentState::Denied)
            c.sections.insert(s);
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

int HandoverConsentPage::nextId() const
{
    return state() == ConsentState::Denied ? -1 : HandoverWizard::ContentPageId;
}

bool HandoverConsentPage::validatePage()
{
    const HandoverConsent c = entered();
    const bool unchanged = m_stored ? (m_stored->state == c.state && m_stored->date == c.date &&
                                       m_stored->givenBy == c.givenBy && m_stored->sections == c.sections &&
                                       m_stored->notes == c.notes)
                                    : c.state == ConsentState::NotRequested && c.notes.isEmpty();
    if (unchanged)
        return true;
    const std::optional<Handover> h = m_wizard->handover();
    if (c.state == ConsentState::Denied && h && h->draft &&
        QMessageBox::question(
            this, tr("Consent denied"),
            tr("The parents denied consent. The draft for %1 will be deleted; the audit trail "
               "keeps only that it was deleted. Continue?")
                .arg(m_wizard->schoolName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    try {
        HandoverStore(m_wizard->session().db)
            .recordConsent(m_wizard->session().actor, m_wizard->child().id, m_wizard->schoolId(), c);
        m_stored = c;
    } catch (const Error& e) {
        m_wizard->showError(e.userMessage());
        return false;
    }
    // The content starts from the sections now consented to.
    if (c.state == ConsentState::Given && !(h && h->draft))
        m_wizard->content().sections &= c.sections;
    return true;
}

} // namespace kz
