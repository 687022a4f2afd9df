#pragma once

#include "domain/Handover.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kz {

class HandoverWizard;

// Step 2: the parents' answer: state, date, who answered, which sections, notes. Recorded in
// core when the page is left; a refusal deletes the draft and ends the wizard.
class HandoverConsentPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverConsentPage(HandoverWizard* wizard);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    ConsentState state() const;
    void setState(ConsentState state);
    QLineEdit* givenByEdit() const { return m_givenBy; }
    QCheckBox* sectionBox(HandoverSection section) const { return m_sections.value(section); }

private:
    HandoverConsent entered() const;
    void updateFields();

    HandoverWizard* m_wizard;
    QButtonGroup* m_states;
    QDateEdit* m_date;
    QLabel* m_dateLabel;
    QLineEdit* m_givenBy;
    QLabel* m_recordedBy;
    QHash<HandoverSection, QCheckBox*> m_sections;
    QPlainTextEdit* m_notes;
    std::optional<HandoverConsent> m_stored;
};

} // namespace kz
