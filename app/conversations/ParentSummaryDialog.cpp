#include "ParentSummaryDialog.h"

#include "Clock.h"
#include "Error.h"
#include "documents/ParentSummaryDocument.h"
#include "documents/ParentSummaryExport.h"
#include "domain/PlainLanguageCheck.h"
#include "print/PrintPreview.h"
#include "services/ParentSummaryComposer.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace kz {

namespace {

constexpr int sectionCount = 5;

// English when a parent prefers it, Dutch otherwise: the summary is for the parents.
QString parentsLanguage(const Session& session, qint64 childId)
{
    for (const Guardian& g : GuardianStore(session.db).list(session.actor, childId)) {
        const QString language = g.preferredLanguage.toLower();
        if (language == QLatin1String("engels") || language == QLatin1String("english"))
            return QStringLiteral("en");
    }
    return QStringLiteral("nl");
}

} // namespace

ParentSummaryDialog::ParentSummaryDialog(const Session& session, qint64 childId, QWidget* parent)
    : QDialog(parent), m_session(session), m_childId(childId), m_language(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_findings(new QListWidget(this)), m_findingsTitle(new QLabel(this)),
      m_error(new QLabel(this)), m_print(new QPushButton(tr("&Print..."), this)),
      m_pdf(new QPushButton(tr("Save as P&DF..."), this))
{
    const Child child = ChildStore(session.db).get(session.actor, childId);
    setWindowTitle(tr("Summary for the parents of %1").arg(child.fullName()));
    resize(900, 640);
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(parentsLanguage(session, childId)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language of the summary"), m_language);
    form->addRow(tr("&Title"), m_title);
    const QStringList labels{tr("What goes &well (first)"), tr("What we &work on"), tr("Tips for &home"),
                             tr("Who can &help"), tr("&Next conversation")};
    for (int i = 0; i < sectionCount; ++i) {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(64);
        m_sections.append(edit);
        form->addRow(labels[i], edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            m_edited = true;
            check();
        });
    }
    m_sections[0]->setPlaceholderText(
        tr("Nothing in the file says what goes well: write it here, it comes first."));
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_edited = true;
        check();
    });

    m_findingsTitle->setWordWrap(true);
    m_findings->setWordWrap(true);
    m_findings->setSpacing(4);
    m_findings->setAlternatingRowColors(true);
    m_findings->setAccessibleName(tr("Too hard for language level B1"));
    auto* side = new QVBoxLayout;
    side->addWidget(m_findingsTitle);
    side->addWidget(m_findings, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(side, 2);

    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    m_print->setToolTip(tr("Preview and print; what is printed is kept in the file"));
    m_pdf->setToolTip(tr("Save as PDF; what is saved is kept in the file"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &ParentSummaryDialog::printWithPreview);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the summary for the parents"),
            QDir::home().filePath(tr("summary-for-parents.pdf")), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            saveAs(path);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ParentSummaryDialog::languageChosen);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    compose();
    m_sections[0]->setFocus();
}

void ParentSummaryDialog::compose()
{
    const QString language = m_language->currentData().toString();
    setContent(ParentSummaryComposer::compose(m_session.db, m_session.actor, m_childId, language));
    m_composedLanguage = language;
    m_edited = false;
}

// Another language writes the summary again; what was typed is lost, so she is asked first.
void ParentSummaryDialog::languageChosen()
{
    if (m_edited && QMessageBox::question(this, windowTitle(),
                                          tr("Write the summary again in the other language? Your changes "
                                             "to the text are lost.")) != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(m_language->findData(m_composedLanguage));
        return;
    }
    compose();
}

ParentSummaryContent ParentSummaryDialog::content() const
{
    ParentSummaryContent c;
    c.language = m_composedLanguage;
    c.title = m_title->text().trimmed();
    c.strengths = m_sections[0]->toPlainText().trimmed();
    c.workingOn = m_sections[1]->toPlainText().trimmed();
    c.tips = m_sections[2]->toPlainText().trimmed();
    c.help = m_sections[3]->toPlainText().trimmed();
    c.nextConversation = m_sections[4]->toPlainText().trimmed();
    return c;
}

void ParentSummaryDialog::setContent(const ParentSummaryContent& c)
{
    const QStringList texts{c.strengths, c.workingOn, c.tips, c.help, c.nextConversation};
    m_title->setText(c.title);
    for (int i = 0; i < sectionCount; ++i) {
        const QSignalBlocker blocker(m_sections[i]);
        m_sections[i]->setPlainText(texts[i]);
    }
    check();
}

void ParentSummaryDialog::check()
{
    const ParentSummaryContent c = content();
    m_findings->clear();
    if (c.strengths.isEmpty())
        m_findings->addItem(tr("Write what goes well: the summary starts with it."));
    for (const QString& text : c.texts())
        for (const PlainLanguageFinding& finding : PlainLanguageCheck::check(text, m_composedLanguage))
            m_findings->addItem(finding.message());
    m_findingsTitle->setText(
        m_findings->count() == 0
            ? tr("Language level B1: every sentence is short and in everyday words.")
            : tr("Language level B1: %n point(s) to rewrite before printing.", nullptr, m_findings->count()));
    m_findingsTitle->setStyleSheet(m_findings->count() == 0
                                       ? QStringLiteral("color: #2f6f62;")
                                       : QStringLiteral("color: #8a5a00; font-weight: bold;"));
}

void ParentSummaryDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ParentSummaryDialog::saveAs(const QString& path)
{
    try {
        ParentSummaryExport::toFile(m_session.db, m_session.actor, m_childId, content(), path);
        showError({});
        emit given(tr("Summary for the parents saved to %1 and kept in the file.")
                       .arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error& e) {
        showError(e.userMessage());
        return false;
    }
}

bool ParentSummaryDialog::printWithPreview()
{
    try {
        const ParentSummaryContent c = content();
        if (c.strengths.isEmpty())
            throw Error(Error::Kind::Validation,
                        tr("Write what goes well first: a summary for parents starts with it."));
        const ParentSummaryDocument document =
            ParentSummaryDocument::forChild(m_session.db, m_session.actor, m_childId, c, Clock::today());
        if (!PrintPreview::show(document.paged(), c.title, this))
            return false;
        ParentSummaryExport::recordPrinted(m_session.db, m_session.actor, m_childId, c);
        showError({});
        emit given(tr("Summary for the parents printed and kept in the file."));
        return true;
    } catch (const Error& e) {
        showError(e.userMessage());
        return false;
    }
}

} // namespace kz
