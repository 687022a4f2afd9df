#pragma once

#include "domain/Handover.h"

#include <QHash>
#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kz {

class HandoverWizard;

// Step 3: what the school will read, prefilled from the dossier and edited here. Sections the
// parents did not consent to cannot be chosen. Leaving the page saves the draft.
class HandoverContentPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverContentPage(HandoverWizard* wizard);

    void initializePage() override;
    bool validatePage() override;
    // Copies the fields into the wizard's content.
    void collect();

    QCheckBox* sectionBox(HandoverSection section) const { return m_sections.value(section); }
    QPlainTextEdit* personalEdit() const { return m_personal; }
    QPlainTextEdit* strengthsEdit() const { return m_strengths; }
    QLineEdit* veProgrammeEdit() const { return m_veProgramme; }
    QLineEdit* veDurationEdit() const { return m_veDuration; }

private:
    void configureFields();
    QWidget* buildBody();
    QLayout* addDomainRow();
    QPushButton* refillButton(QWidget* parent);
    void fill();
    void addDomain(qint64 domainId, const QString& name, const QString& text);
    QPlainTextEdit* textEdit(const QString& objectName, int lines);

    HandoverWizard* m_wizard;
    QHash<HandoverSection, QCheckBox*> m_sections;
    QLabel* m_consentNote;
    QPlainTextEdit* m_personal;
    QPlainTextEdit* m_strengths;
    QFormLayout* m_domainForm;
    QComboBox* m_addDomain;
    QList<QPair<DomainDevelopment, QPlainTextEdit*>> m_domains;
    QPlainTextEdit* m_support;
    QPlainTextEdit* m_partners;
    QLineEdit* m_veProgramme;
    QLineEdit* m_veDuration;
    QPlainTextEdit* m_parentsView;
    QLineEdit* m_contact;
    QCheckBox* m_warm;
};

} // namespace kz
