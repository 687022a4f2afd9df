// Beheer, Back-ups: the key with its recovery code, the folder and plan, "Back up now", and the
// status bar's warning for managers and beheerders; the daily backup while Kindzicht runs.
#include "admin/BackupsView.h"

#include "AppFixture.h"
#include "Clock.h"
#include "admin/BackupKeyDialog.h"
#include "admin/MaintenanceView.h"
#include "admin/RecoveryCodeDialog.h"
#include "services/Backup.h"
#include "services/BackupStatus.h"
#include "shell/BackupScheduler.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/BackupLogStore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace kz;

class BackupsViewTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        useLanguage(QStringLiteral("en")); // the texts checked are the English ones
    }
    QString folder() const { return m_dir.filePath(QStringLiteral("backups")); }
    QString recovery() const { return m_dir.filePath(QStringLiteral("stick/recovery.kzkey")); }
    static constexpr char passphrase[] = "lang genoeg wachtwoord";

    // Clicks "Make the backup key", fills in the dialog and looks at the recovery code shown after.
    QString makeKey(BackupsView& view)
    {
        QString code;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<BackupKeyDialog*>(modal);
            ASSERT_NE(dialog, nullptr);
            dialog->passphraseEdit()->setText(QString::fromLatin1(passphrase));
            dialog->againEdit()->setText(QString::fromLatin1(passphrase));
            dialog->fileEdit()->setText(recovery());
            screenshot(dialog, QStringLiteral("backup-key"));
            whenModal([&](QWidget* next) {
                auto* codes = qobject_cast<RecoveryCodeDialog*>(next);
                ASSERT_NE(codes, nullptr);
                code = codes->codeLabel()->text();
                EXPECT_TRUE(codes->saveSheet(m_dir.filePath(QStringLiteral("stick/sheet.pdf"))));
                screenshot(codes, QStringLiteral("recovery-code"));
                codes->reject();
            });
            dialog->accept();
        });
        view.keyButton()->click();
        return code;
    }
};

TEST_F(BackupsViewTest, ABeheerderSetsUpAutomaticBackupsAndBacksUpNow)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("stick"))));
    const Session beheer{*m_db, login(QStringLiteral("beheer"))};
    BackupsView view(beheer);
    view.resize(900, 640);
    EXPECT_TRUE(view.keyText()->text().contains(QStringLiteral("no backup key")))
        << view.keyText()->text().toStdString();
    EXPECT_FALSE(view.backUpNowButton()->isEnabled());
    ASSERT_TRUE(view.chooseFolder(folder()));
    EXPECT_EQ(view.folderEdit()->text(), QDir::toNativeSeparators(folder()));

    const QString code = makeKey(view);
    EXPECT_EQ(code.simplified().split(QLatin1Char(' ')).size(), 11) << code.toStdString();
    EXPECT_TRUE(QFile::exists(recovery()));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("stick/sheet.pdf"))));
    EXPECT_TRUE(view.backUpNowButton()->isEnabled());
    view.dailyBox()->setValue(5);
    emit view.dailyBox()->editingFinished();
    EXPECT_EQ(BackupStatus::of(*m_db).plan.daily, 5);

    view.backUpNowButton()->click();
    const std::optional<BackupLogRow> made = BackupLogStore(*m_db).newest();
    ASSERT_TRUE(made.has_value());
    EXPECT_TRUE(view.statusText()->text().contains(QStringLiteral("Kept in the folder: 1")))
        << view.statusText()->text().toStdString();
    EXPECT_FALSE(view.warningText()->isVisible());
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    screenshot(&view, QStringLiteral("backups"));
    // The code from the screen restores the backup.
    EXPECT_NO_THROW(Backup::restore(made->filePath(), BackupUnlock(QString(), QString(), code),
                                    m_dir.filePath(QStringLiteral("restored.db"))));

    // Replacing the key asks first; "Cancel" leaves it as it was.
    const QString before = view.keyText()->text();
    whenModal([](QWidget* modal) { modal->close(); });
    view.keyButton()->click();
    EXPECT_EQ(view.keyText()->text(), before);
}

TEST_F(BackupsViewTest, TheStatusBarWarnsManagersAndTheDailyBackupRunsWhenDue)
{
    const Session fatima{*m_db, login(QStringLiteral("fatima"))};
    {
        MainWindow window(fatima, *m_languages, *m_settings);
        EXPECT_TRUE(window.backupWarning()->text().isEmpty()); // a practitioner is not bothered
    }
    const Session saskia{*m_db, login(QStringLiteral("saskia"))};
    {
        MainWindow window(saskia, *m_languages, *m_settings);
        EXPECT_FALSE(window.backupWarning()->text().isEmpty()); // nothing set up yet
        EXPECT_FALSE(window.backupsView());                     // Back-ups is for beheerders
    }
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("stick"))));
    const Session marco{*m_db, login(QStringLiteral("marco"))};
    MainWindow window(marco, *m_languages, *m_settings);
    ASSERT_NE(window.backupsView(), nullptr);
    window.backupsView()->chooseFolder(folder());
    makeKey(*window.backupsView());
    EXPECT_TRUE(window.backupScheduler()->runIfDue());
    EXPECT_FALSE(window.backupScheduler()->runIfDue()); // today's is made
    EXPECT_TRUE(window.backupWarning()->text().isEmpty()) << window.backupWarning()->text().toStdString();
    {
        const ScopedClock later(Clock::today().addDays(3));
        window.backupScheduler()->refreshWarning();
        EXPECT_TRUE(window.backupWarning()->text().contains(QStringLiteral("last backup")))
            << window.backupWarning()->text().toStdString();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(MainWindow::Administration);
        screenshot(&window, QStringLiteral("backup-warning"));
        ASSERT_TRUE(QDir(folder()).removeRecursively()); // the stick was pulled
        EXPECT_FALSE(window.backupScheduler()->runIfDue());
        EXPECT_TRUE(window.backupWarning()->text().contains(QStringLiteral("not there")))
            << window.backupWarning()->text().toStdString();
    }
}

TEST_F(BackupsViewTest, TheRetentionPreviewSaysHowLongAPurgedFileLivesInTheBackups)
{
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("stick"))));
    const Session beheer{*m_db, login(QStringLiteral("beheer"))};
    BackupsView view(beheer);
    makeKey(view);
    const ScopedClock clock(QDate(2026, 3, 10));
    MaintenanceView maintenance(beheer);
    EXPECT_FALSE(maintenance.livesInBackupsText()->isHidden());
    EXPECT_TRUE(maintenance.livesInBackupsText()->text().contains(QStringLiteral("2027")))
        << maintenance.livesInBackupsText()->text().toStdString();
}
