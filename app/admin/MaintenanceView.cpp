#include "MaintenanceView.h"

#include "Clock.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "services/Backup.h"
#include "services/BackupStatus.h"
#include "services/Retention.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"

#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

MaintenanceView::MaintenanceView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_retentionTitle(new QLabel(this)),
      m_retentionText(new QLabel(this)), m_months(new QSpinBox(this)), m_preview(new QTableWidget(this)),
      m_purge(new QPushButton(this)), m_livesInBackups(new QLabel(this)), m_backupTitle(new QLabel(this)),
      m_backupText(new QLabel(this)), m_backup(new QPushButton(this)), m_restore(new QPushButton(this))
{
    for (QLabel* title : {m_retentionTitle, m_backupTitle}) {
        QFont f = title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        title->setFont(f);
    }
    m_retentionText->setWordWrap(true);
    m_backupText->setWordWrap(true);
    m_livesInBackups->setWordWrap(true);
    m_months->setRange(1, 240);
    m_months->setValue(Retention::months(session.db));
    m_preview->setColumnCount(5);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMaximumHeight(220);
    connect(m_months, &QSpinBox::editingFinished, this, &MaintenanceView::saveMonths);
    connect(m_purge, &QPushButton::clicked, this, &MaintenanceView::confirmPurge);
    connect(m_backup, &QPushButton::clicked, this, &MaintenanceView::askForBackup);
    connect(m_restore, &QPushButton::clicked, this, &MaintenanceView::askForRestore);
    layOut();
    retranslate();
    if (loading == Loading::Now)
        reload();
}

void MaintenanceView::layOut()
{
    auto* retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_months);
    retentionRow->addStretch();
    retentionRow->addWidget(m_purge);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_retentionTitle);
    layout->addWidget(m_retentionText);
    layout->addLayout(retentionRow);
    layout->addWidget(m_preview);
    layout->addWidget(m_livesInBackups);
    layout->addSpacing(16);
    layout->addWidget(m_backupTitle);
    layout->addWidget(m_backupText);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backup);
    backupRow->addWidget(m_restore);
    backupRow->addStretch();
    layout->addLayout(backupRow);
    layout->addStretch();
}

void MaintenanceView::saveMonths()
{
    try {
        if (m_months->value() != Retention::months(m_session.db))
            Retention::setMonths(m_session.db, m_session.actor, m_months->value());
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    reload();
}

void MaintenanceView::confirmPurge()
{
    if (QMessageBox::warning(this, tr("Remove files"),
                             tr("Remove the files of %n child(ren) for good? This cannot be undone; make a "
                                "backup first if in doubt.",
                                nullptr, m_preview->rowCount()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        purgeNow();
}

void MaintenanceView::askForBackup()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the backup"), tr("kindzicht-%1.kzbackup").arg(Clock::today().toString(Qt::ISODate)),
        tr("Kindzicht backups (*.kzbackup)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString first =
        QInputDialog::getText(this, tr("Passphrase"),
                              tr("A passphrase of at least %1 characters. Without it the "
                                 "backup cannot be restored: keep it safe, apart from the backup.")
                                  .arg(Backup::minimumPassphraseLength),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(this, tr("Passphrase"), tr("The same passphrase once more:"),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (first != again) {
        emit failed(tr("The two passphrases are not the same; no backup was made."));
        return;
    }
    backupTo(file, first);
}

void MaintenanceView::askForRestore()
{
    const QString backup = QFileDialog::getOpenFileName(this, tr("Choose the backup"), QString(),
                                                        tr("Kindzicht backups (*.kzbackup);;All files (*)"));
    if (backup.isEmpty())
        return;
    const std::optional<BackupUnlock> unlock = askForUnlock(backup);
    if (!unlock)
        return;
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Restore into a new database file"),
                                     tr("kindzicht-restored.db"), tr("Kindzicht databases (*.db)"));
    if (!target.isEmpty() && restoreToNewFile(backup, *unlock, target))
        QMessageBox::information(this, tr("Backup restored"),
                                 tr("The backup was checked and restored to %1. Open it with: "
                                    "kindzicht --database \"%1\"")
                                     .arg(target));
}

std::optional<BackupUnlock> MaintenanceView::askForUnlock(const QString& backup)
{
    bool ok = false;
    if (!Backup::isAutomatic(backup)) {
        const QString secret = QInputDialog::getText(this, tr("Passphrase"), tr("The backup's passphrase:"),
                                                     QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<BackupUnlock>(BackupUnlock(secret)) : std::nullopt;
    }
    // An automatic backup: the recovery file with its passphrase, or else the code from the sheet.
    const QString recoveryFile =
        QFileDialog::getOpenFileName(this, tr("Choose the recovery file (cancel to type the recovery code)"),
                                     QString(), tr("Kindzicht recovery files (*.kzkey);;All files (*)"));
    if (recoveryFile.isEmpty()) {
        const QString code =
            QInputDialog::getText(this, tr("Recovery code"), tr("The recovery code from the recovery sheet:"),
                                  QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<BackupUnlock>(BackupUnlock(QString(), QString(), code)) : std::nullopt;
    }
    const QString secret = QInputDialog::getText(
        this, tr("Passphrase"), tr("The recovery file's passphrase:"), QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<BackupUnlock>(BackupUnlock(secret, recoveryFile)) : std::nullopt;
}

void MaintenanceView::reload()
{
    RetentionResult preview;
    try {
        preview = Retention::preview(m_session.db, m_session.actor);
    } catch (const Error& e) {
        if (!m_session.actor.hasRole(Role::Admin)) {
            setEnabled(false); // not an administrator: core refuses
            return;
        }
        // An administrator on a server without the owner's rights: core refuses, and the view says
        // why (in text that stays readable) instead of going grey without a word. The retention period
        // is hers to set, and restoring a backup into a new file on this computer needs no server rights.
        for (QWidget* control : std::initializer_list<QWidget*>{m_preview, m_purge, m_backup})
            control->setEnabled(false);
        m_livesInBackups->setText(e.userMessage());
        m_livesInBackups->show();
        return;
    }
    const QLocale locale;
    m_preview->setRowCount(static_cast<int>(preview.children.size()));
    for (int row = 0; row < preview.children.size(); ++row) {
        const RetentionCandidate& c = preview.children.at(row);
        const QStringList cells = {
            tr("child %1").arg(c.childId), locale.toString(c.leftOn, QLocale::ShortFormat),
            locale.toString(c.supportNeeds), locale.toString(c.observations), locale.toString(c.referrals)};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_purge->setEnabled(!preview.children.isEmpty());
    // A purge does not reach the automatic backups already made: say how long they keep the files.
    const BackupStatus backups = BackupStatus::of(m_session.db);
    m_livesInBackups->setVisible(backups.key.has_value());
    m_livesInBackups->setText(
        tr("Files removed today still live in the kept automatic backups until %1 at the latest, when the "
           "backup plan lets the oldest go.")
            .arg(locale.toString(backups.plan.keptUntil(Clock::today()), QLocale::LongFormat)));
}

bool MaintenanceView::purgeNow()
{
    try {
        const RetentionResult result = Retention::purge(m_session.db, m_session.actor);
        emit done(tr("The files of %n child(ren) were removed.", nullptr,
                     static_cast<int>(result.children.size())));
        reload();
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

bool MaintenanceView::backupTo(const QString& file, const QString& passphrase)
{
    try {
        Backup::create(m_session.db, m_session.actor, file, passphrase);
        emit done(tr("Backup written to %1.").arg(file));
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

bool MaintenanceView::restoreToNewFile(const QString& backup, const BackupUnlock& unlock,
                                       const QString& target)
{
    try {
        Backup::restoreToNewFile(m_session.db, m_session.actor, backup, unlock, target);
        emit done(tr("Backup restored to %1.").arg(target));
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

void MaintenanceView::retranslate()
{
    m_retentionTitle->setText(tr("Retention"));
    m_retentionText->setText(tr("A child's file is kept this many months after the child left, then removed "
                                "with everything about her. The list shows what a purge removes today."));
    m_months->setSuffix(tr(" months"));
    m_purge->setText(tr("&Remove these files..."));
    m_preview->setHorizontalHeaderLabels(
        {tr("Child"), tr("Left on"), tr("Support needs"), tr("Observations"), tr("Referrals")});
    HeaderToolTips::set(m_preview->horizontalHeader(),
                        {tr("The child whose file has passed the retention period"),
                         tr("The child's last day at the location"), tr("Support needs that will be removed"),
                         tr("Observations that will be removed"), tr("Referrals that will be removed")});
    m_backupTitle->setText(tr("Backup"));
    m_backupText->setText(
        tr("An encrypted copy of the whole database. A backup is restored into a new file, "
           "checked first; to replace the database itself, use kindzicht-cli restore FILE while "
           "Kindzicht is closed."));
    m_restore->setText(tr("Restore into a &new file..."));
    m_backup->setText(tr("Make a &backup..."));
}

void MaintenanceView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
