#include "CaseSummaryDialog.h"

#include "Error.h"
#include "documents/CaseSummaryDocument.h"
#include "shell/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace kz {

CaseSummaryDialog::CaseSummaryDialog(const Session& session, qint64 childId, QWidget* parent)
    : QDialog(parent), m_session(session), m_childId(childId), m_question(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)), m_replacements(new QListWidget(this)), m_status(new QLabel(this)),
      m_recompose(new QTimer(this))
{
    setWindowTitle(tr("Case for intervisie"));
    m_question->setPlaceholderText(
        tr("What would you like to ask your colleagues? For example: how do we help this child join in "
           "the circle?"));
    m_question->setTabChangesFocus(true);
    m_question->setMaximumHeight(70);
    m_preview->setAccessibleName(tr("The case as it will be shared"));
    m_replacements->setAccessibleName(tr("Replacements"));
    m_status->setWordWrap(true);
    m_recompose->setSingleShot(true);
    m_recompose->setInterval(400);
    connect(m_recompose, &QTimer::timeout, this, &CaseSummaryDialog::compose);
    connect(m_question, &QPlainTextEdit::textChanged, m_recompose, qOverload<>(&QTimer::start));
    connect(m_replacements, &QListWidget::itemChanged, this, &CaseSummaryDialog::followConfirmation);

    auto* form = new QFormLayout;
    form->addRow(tr("Your &question:"), m_question);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* explanation = new QLabel(tr("Replaced in the text. Untick an ordinary word that may stay (a "
                                      "flower called \"roos\"); dates and contact details always go."),
                                   right);
    explanation->setWordWrap(true);
    explanation->setBuddy(m_replacements);
    rightLayout->addWidget(explanation);
    rightLayout->addWidget(m_replacements, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* text = buttons->addButton(tr("Save as &text..."), QDialogButtonBox::ActionRole);
    QPushButton* pdf = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    connect(text, &QPushButton::clicked, this, [this] { save(QStringLiteral("txt")); });
    connect(pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(980, 640);
    compose();
}

void CaseSummaryDialog::compose()
{
    try {
        m_summary = CaseSummary::compose(m_session.db, m_session.actor, m_childId, m_question->toPlainText());
        m_summary->setKept(m_kept);
        m_status->clear();
    } catch (const Error& e) {
        m_summary.reset();
        m_status->setText(e.userMessage());
    }
    showReplacements();
    showCase();
}

void CaseSummaryDialog::showReplacements()
{
    const QSignalBlocker blocker(m_replacements);
    m_replacements->clear();
    if (!m_summary)
        return;
    for (const Replacement& r : m_summary->replacements()) {
        auto* item = new QListWidgetItem(
            tr("%1 → %2 (%n time(s))", nullptr, r.count).arg(r.original, r.replacement), m_replacements);
        item->setData(Qt::UserRole, r.key());
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
        if (r.confirmable)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        item->setCheckState(m_kept.contains(r.key()) && r.confirmable ? Qt::Unchecked : Qt::Checked);
    }
}

QSet<QString> CaseSummaryDialog::kept() const
{
    QSet<QString> kept;
    for (int i = 0; i < m_replacements->count(); ++i)
        if (m_replacements->item(i)->checkState() == Qt::Unchecked)
            kept.insert(m_replacements->item(i)->data(Qt::UserRole).toString());
    return kept;
}

void CaseSummaryDialog::followConfirmation()
{
    m_kept = kept();
    if (m_summary)
        m_summary->setKept(m_kept);
    showCase();
}

void CaseSummaryDialog::showCase()
{
    m_preview->setHtml(m_summary ? m_summary->html() : QString());
}

void CaseSummaryDialog::save(const QString& suffix)
{
    const bool pdf = suffix == QLatin1String("pdf");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save the case as PDF") : tr("Save the case as text"),
        QDir(folder).filePath(tr("case-for-intervisie") + QLatin1Char('.') + suffix),
        pdf ? tr("PDF (*.pdf)") : tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    if (saveTo(path))
        m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool CaseSummaryDialog::saveTo(const QString& path)
{
    if (m_recompose->isActive()) { // the question typed last goes along
        m_recompose->stop();
        compose();
    }
    if (!m_summary)
        return false;
    try {
        CaseSummaryDocument::toFile(m_session.db, m_session.actor, *m_summary, path);
        return true;
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.userMessage());
        return false;
    }
}

} // namespace kz
