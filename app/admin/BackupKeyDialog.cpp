#include "BackupKeyDialog.h"

#include "DialogKeys.h"
#include "Error.h"
#include "services/Backup.h"
#include "shell/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

BackupKeyDialog::BackupKeyDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_passphrase(new QLineEdit(this)), m_again(new QLineEdit(this)),
      m_file(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Backup key"));
    auto* intro = new QLabel(
        tr("The recovery file holds the key that opens the automatic backups, locked with this passphrase. "
           "Put it on a USB stick or another computer, apart from the backups; without the file and its "
           "passphrase (or the recovery code) nobody can restore a backup, Kindzicht included."),
        this);
    intro->setWordWrap(true);
    for (QLineEdit* edit : {m_passphrase, m_again})
        edit->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(Backup::minimumPassphraseLength));
    m_file->setText(QDir::home().filePath(QStringLiteral("kindzicht-recovery.kzkey")));
    auto* browse = new QPushButton(tr("C&hoose..."), this);
    connect(browse, &QPushButton::clicked, this, &BackupKeyDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_again);
    auto* fileLabel = new QLabel(tr("&Recovery file:"), this);
    fileLabel->setBuddy(m_file); // the row holds a layout, which cannot be a buddy itself
    form->addRow(fileLabel, fileRow);
    m_error->setStyleSheet(QStringLiteral("color: #a12a2a;"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make the key"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupKeyDialog::reject);
    acceptOnCtrlEnter(this, buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString BackupKeyDialog::errorText() const
{
    return m_error->text();
}

void BackupKeyDialog::chooseFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the recovery file"), m_file->text(),
                                                      tr("Kindzicht recovery files (*.kzkey)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

void BackupKeyDialog::accept()
{
    if (m_passphrase->text() != m_again->text()) {
        m_error->setText(tr("The two passphrases are not the same."));
        m_again->setFocus();
        return;
    }
    try {
        m_kit = BackupKey::create(m_session.db, m_session.actor, m_passphrase->text(), m_file->text());
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        return;
    }
    QDialog::accept();
}

} // namespace kz
