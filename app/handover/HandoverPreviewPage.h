#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace kz {

class HandoverWizard;

// Step 4: the document exactly as the school will read it, in the language chosen for it, with
// core's verdict: ready to export, or why not.
class HandoverPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverPreviewPage(HandoverWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox* languageBox() const { return m_language; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* verdict() const { return m_verdict; }
    QPushButton* printButton() const { return m_print; }
    // Prints the document as shown, after a preview (Ctrl+P); a draft says so on every page.
    bool print();

private:
    void render();

    HandoverWizard* m_wizard;
    QComboBox* m_language;
    QTextBrowser* m_preview;
    QLabel* m_verdict;
    QPushButton* m_print;
    bool m_exportable = false;
};

} // namespace kz
