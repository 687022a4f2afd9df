#include "RecoveryCodeDialog.h"

#include "Error.h"
#include "documents/RecoverySheet.h"
#include "io/OutputFile.h"
#include "print/PrintPreview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

RecoveryCodeDialog::RecoveryCodeDialog(RecoveryKit kit, QString organisationName, QWidget* parent)
    : QDialog(parent), m_kit(std::move(kit)), m_organisation(std::move(organisationName)),
      m_code(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Recovery code"));
    auto* intro =
        new QLabel(tr("Backup key %1 is made and its recovery file was written to %2.\n\nThis recovery "
                      "code opens the automatic backups as well. Print the recovery sheet now and "
                      "keep it locked away: the code is not shown again.")
                       .arg(m_kit.keyCheck, QDir::toNativeSeparators(m_kit.recoveryFile)),
                   this);
    intro->setWordWrap(true);
    QString grouped = m_kit.recoveryCode;
    grouped.replace(QLatin1Char('-'), QStringLiteral("  "));
    m_code->setText(grouped);
    m_code->setWordWrap(true);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setStyleSheet(QStringLiteral("font-family: 'DejaVu Sans Mono', monospace; font-size: 15pt; "
                                         "font-weight: bold; padding: 10px; border: 1px solid #2f6f62;"));
    m_code->setAccessibleName(tr("Recovery code"));
    m_error->setStyleSheet(QStringLiteral("color: #a12a2a;"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print the recovery sheet..."), QDialogButtonBox::ActionRole);
    QPushButton* pdf = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &RecoveryCodeDialog::printSheet);
    connect(pdf, &QPushButton::clicked, this, &RecoveryCodeDialog::askForPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryCodeDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    print->setDefault(true);
    resize(600, sizeHint().height());
}

void RecoveryCodeDialog::printSheet()
{
    const RecoverySheet sheet(m_kit, m_organisation);
    PrintPreview::show(sheet.paged(), sheet.title(), this);
}

void RecoveryCodeDialog::askForPdf()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the recovery sheet"),
        QFileInfo(m_kit.recoveryFile).dir().filePath(QStringLiteral("kindzicht-recovery-sheet.pdf")),
        tr("PDF documents (*.pdf)"));
    if (!file.isEmpty())
        saveSheet(file);
}

bool RecoveryCodeDialog::saveSheet(const QString& file)
{
    try {
        const RecoverySheet sheet(m_kit, m_organisation);
        OutputFile::write(file, sheet.paged().pdf(sheet.title()));
        m_error->setText(
            tr("Saved to %1: print it, then delete the file.").arg(QDir::toNativeSeparators(file)));
        return true;
    } catch (const Error& e) {
        m_error->setStyleSheet(QStringLiteral("color: #a12a2a;"));
        m_error->setText(e.userMessage());
        return false;
    }
}

} // namespace kz
