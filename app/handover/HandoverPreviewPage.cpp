#include "HandoverPreviewPage.h"

#include "Error.h"
#include "HandoverWizard.h"
#include "documents/HandoverDocument.h"
#include "print/PrintPreview.h"
#include "shell/Session.h"
#include "store/HandoverStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kz {

HandoverPreviewPage::HandoverPreviewPage(HandoverWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_language(new QComboBox(this)),
      m_preview(new QTextBrowser(this)), m_verdict(new QLabel(this)), m_print(new QPushButton(this))
{
    setTitle(tr("Preview: as the school will read it"));
    setSubTitle(
        tr("Restricted observations never appear; sections outside the parents' consent are absent."));
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    // Named in their own language: the choice is about the school, not about the interface.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_preview->setOpenLinks(false);
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("verdict"));

    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Language of the document:"), this);
    label->setBuddy(m_language);
    top->addWidget(label);
    top->addWidget(m_language);
    top->addStretch();
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setText(tr("Print..."));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(
        tr("Print the document, after a preview (%1). Before it is ready to export, the pages "
           "say that it is a draft.")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    connect(m_print, &QPushButton::clicked, this, &HandoverPreviewPage::print);
    top->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_verdict);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->setDocumentLanguage(m_language->currentData().toString());
        render();
    });
}

void HandoverPreviewPage::initializePage()
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_wizard->documentLanguage())));
    render();
}

void HandoverPreviewPage::render()
{
    const Session& session = m_wizard->session();
    const qint64 child = m_wizard->child().id;
    try {
        const HandoverDocument document =
            HandoverDocument::compose(session.db, session.actor, child, m_wizard->schoolId(),
                                      m_wizard->content(), m_wizard->documentLanguage());
        m_preview->setHtml(document.html());
    } catch (const Error& e) {
        m_preview->setPlainText(e.userMessage());
    }
    try {
        HandoverStore(session.db)
            .checkExportable(session.actor, child, m_wizard->schoolId(), m_wizard->content());
        m_exportable = true;
        m_verdict->setStyleSheet(QStringLiteral("color: #2f6f62; font-weight: bold;"));
        m_verdict->setText(tr("Ready to export. Every export is kept as a new version in the child's file."));
    } catch (const Error& e) {
        m_exportable = false;
        m_verdict->setStyleSheet(QStringLiteral("color: #9a3b00; font-weight: bold;"));
        m_verdict->setText(tr("Not ready to export: %1").arg(e.userMessage()));
    }
    emit completeChanged();
}

bool HandoverPreviewPage::print()
{
    const Session& session = m_wizard->session();
    try {
        const HandoverDocument document =
            HandoverDocument::compose(session.db, session.actor, m_wizard->child().id, m_wizard->schoolId(),
                                      m_wizard->content(), m_wizard->documentLanguage());
        // A draft printed for the conversation with the parents must not pass for the final document.
        if (PrintPreview::show(document.paged(!m_exportable), document.title(), this))
            HandoverDocument::recordPrinted(session.db, session.actor, m_wizard->child().id, 0);
        return true;
    } catch (const Error& e) {
        m_verdict->setText(e.userMessage());
        return false;
    }
}

bool HandoverPreviewPage::isComplete() const
{
    return m_exportable;
}

bool HandoverPreviewPage::validatePage()
{
    return m_wizard->exportDocument();
}

} // namespace kz
