#include "BackupsView.h"

#include "BackupKeyDialog.h"
#include "Clock.h"
#include "Error.h"
#include "RecoveryCodeDialog.h"
#include "services/AutomaticBackup.h"
#include "services/BackupStatus.h"
#include "shell/Session.h"
#include "store/BackupSettingsStore.h"
#include "store/OrganisationStore.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kz {

BackupsView::BackupsView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_keyTitle(new QLabel(this)), m_keyText(new QLabel(this)), m_keyButton(new QPushButton(this)),
      m_whereTitle(new QLabel(this)), m_folder(new QLineEdit(this)), m_chooseFolder(new QPushButton(this)),
      m_planText(new QLabel(this)), m_daily(new QSpinBox(this)), m_weekly(new QSpinBox(this)),
      m_monthly(new QSpinBox(this)), m_retention(new QLabel(this)), m_statusTitle(new QLabel(this)),
      m_status(new QLabel(this)), m_warning(new QLabel(this)), m_backUpNow(new QPushButton(this))
{
    for (QLabel* title : {m_keyTitle, m_whereTitle, m_statusTitle}) {
        QFont f = title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        title->setFont(f);
    }
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    for (QLabel* text : {m_intro, m_keyText, m_retention, m_status, m_warning})
        text->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a12a2a; font-weight: bold;"));
    m_folder->setReadOnly(true);
    for (QSpinBox* box : {m_daily, m_weekly, m_monthly}) {
        box->setRange(0, BackupPlan::maximumGenerations);
        connect(box, &QSpinBox::editingFinished, this, &BackupsView::planEdited);
    }
    connect(m_keyButton, &QPushButton::clicked, this, &BackupsView::askForKey);
    connect(m_chooseFolder, &QPushButton::clicked, this, &BackupsView::askForFolder);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsView::backUpNow);
    layOut();
    retranslate();
    if (loading == Loading::Now)
        reload();
}

void BackupsView::layOut()
{
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyText, 1);
    keyRow->addWidget(m_keyButton, 0, Qt::AlignTop);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* planRow = new QHBoxLayout;
    planRow->addWidget(m_planText);
    for (QSpinBox* box : {m_daily, m_weekly, m_monthly})
        planRow->addWidget(box);
    planRow->addStretch();
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_backUpNow, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_keyTitle);
    layout->addLayout(keyRow);
    layout->addSpacing(8);
    layout->addWidget(m_whereTitle);
    layout->addLayout(folderRow);
    layout->addLayout(planRow);
    layout->addWidget(m_retention);
    layout->addSpacing(8);
    layout->addWidget(m_statusTitle);
    layout->addLayout(statusRow);
    layout->addWidget(m_warning);
    layout->addStretch();
}

void BackupsView::reload()
{
    const BackupStatus status = BackupStatus::of(m_session.db);
    const QLocale locale;
    m_hasKey = status.key.has_value();
    m_keyText->setText(
        m_hasKey
            ? tr("Backup key %1, made on %2 by %3. Backups made with it open only with its recovery file "
                 "and passphrase, or its recovery code.")
                  .arg(status.key->keyCheck,
                       locale.toString(status.key->createdAt.toLocalTime().date(), QLocale::LongFormat),
                       status.key->createdBy.isEmpty() ? tr("an administrator") : status.key->createdBy)
            : tr("There is no backup key yet: make one to start automatic backups."));
    m_keyButton->setText(m_hasKey ? tr("&Replace the key...") : tr("&Make the backup key..."));
    m_folder->setText(status.folder.isEmpty() ? QString() : QDir::toNativeSeparators(status.folder));
    for (auto [box, value] : {std::pair{m_daily, status.plan.daily}, std::pair{m_weekly, status.plan.weekly},
                              std::pair{m_monthly, status.plan.monthly}}) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
    m_retention->setText(
        tr("A child's file removed today still lives in the kept backups until %1 at the "
           "latest.")
            .arg(locale.toString(status.plan.keptUntil(Clock::today()), QLocale::LongFormat)));
    m_status->setText(
        status.last
            ? tr("Last backup: %1, in %2 (%3 MB).\nKept in the folder: %4. Next backup: %5.")
                  .arg(locale.toString(status.last->madeAt.toLocalTime(), QLocale::LongFormat),
                       QDir::toNativeSeparators(status.last->folder),
                       locale.toString(static_cast<double>(status.last->size) / (1024.0 * 1024.0), 'f', 1))
                  .arg(status.kept)
                  .arg(locale.toString(status.nextDue, QLocale::LongFormat))
            : tr("No automatic backup has been made yet."));
    m_warning->setText(status.warning());
    m_warning->setVisible(!m_warning->text().isEmpty());
    m_backUpNow->setEnabled(m_hasKey && !status.folder.isEmpty());
}

bool BackupsView::chooseFolder(const QString& folder)
{
    try {
        BackupSettingsStore(m_session.db).setFolder(m_session.actor, folder);
        reload();
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        return false;
    }
}

bool BackupsView::savePlan(const BackupPlan& plan)
{
    try {
        BackupSettingsStore(m_session.db).setPlan(m_session.actor, plan);
        reload();
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        reload();
        return false;
    }
}

bool BackupsView::backUpNow()
{
    try {
        const AutomaticBackupResult result = AutomaticBackup::run(m_session.db, m_session.actor);
        emit done(
            tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(result.made.filePath())));
        reload();
        return true;
    } catch (const Error& e) {
        emit failed(e.userMessage());
        reload();
        return false;
    }
}

void BackupsView::planEdited()
{
    const BackupPlan plan{m_daily->value(), m_weekly->value(), m_monthly->value()};
    if (!(plan == BackupSettingsStore(m_session.db).plan()))
        savePlan(plan);
}

void BackupsView::askForKey()
{
    if (m_hasKey && QMessageBox::warning(
                        this, tr("Replace the backup key"),
                        tr("Backups from now on will need the new recovery file. The backups made so far "
                           "still need the old recovery file or sheet: keep those until the backups are "
                           "gone. Replace the key?"),
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    BackupKeyDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.kit())
        return;
    reload();
    emit done(tr("Backup key %1 made.").arg(dialog.kit()->keyCheck));
    RecoveryCodeDialog codes(*dialog.kit(), OrganisationStore(m_session.db).organisationName(), this);
    codes.exec();
}

void BackupsView::askForFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the automatic backups"),
                                          m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!folder.isEmpty())
        chooseFolder(folder);
}

void BackupsView::retranslate()
{
    m_title->setText(tr("Automatic backups"));
    m_intro->setText(tr("Every day while Kindzicht runs (and from the system's scheduler with kindzicht-cli "
                        "backup --auto) the whole database is copied, encrypted, into the backup folder: "
                        "choose a second disk, a network share or a USB stick. This computer can make the "
                        "backups but cannot read them."));
    m_keyTitle->setText(tr("Backup key"));
    m_whereTitle->setText(tr("Folder and plan"));
    m_chooseFolder->setText(tr("Choose &folder..."));
    m_folder->setPlaceholderText(tr("No folder chosen"));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_planText->setText(tr("Keep the newest backup of the last"));
    m_daily->setSuffix(tr(" days"));
    m_weekly->setSuffix(tr(" weeks"));
    m_monthly->setSuffix(tr(" months"));
    m_daily->setAccessibleName(tr("Days kept"));
    m_weekly->setAccessibleName(tr("Weeks kept"));
    m_monthly->setAccessibleName(tr("Months kept"));
    m_statusTitle->setText(tr("Last backup"));
    m_backUpNow->setText(tr("&Back up now"));
}

void BackupsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
