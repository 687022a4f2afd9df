#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace kz {

class HandoverWizard;

// Step 1: the school, a partner of category school in the sociale kaart; with what was done
// before for this child.
class HandoverSchoolPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverSchoolPage(HandoverWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QComboBox* schoolBox() const { return m_school; }

private:
    HandoverWizard* m_wizard;
    QComboBox* m_school;
    QLabel* m_earlier;
};

} // namespace kz
