// Automatic backups: made with only the public key, opened only by the recovery file (with its
// passphrase) or the recovery code, and refused clearly otherwise.
#include "services/AutomaticBackup.h"

#include "AutomaticBackupFixture.h"
#include "Clock.h"
#include "Refusal.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "services/Backup.h"
#include "store/BackupKeyStore.h"
#include "store/BackupLogStore.h"
#include "store/BackupSettingsStore.h"
#include "store/ObservationStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <unistd.h>

using namespace kz;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class AutomaticBackupTest : public AutomaticBackupFixture
{
};

TEST_F(AutomaticBackupTest, ABackupMadeWithOnlyThePublicKeyRestoresWithTheRecoveryFileOrCode)
{
    const AutomaticBackupResult result = AutomaticBackup::run(db()); // the scheduler: nobody logged in
    ASSERT_EQ(backupFiles(), QStringList{result.made.fileName});
    const QByteArray bytes = contents(result.made.filePath());
    EXPECT_FALSE(bytes.contains("SQLite format"));
    EXPECT_FALSE(bytes.contains("Speelde"));
    EXPECT_EQ(result.made.size, bytes.size());
    EXPECT_EQ(result.made.fileHash,
              QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex()));
    EXPECT_EQ(BackupLogStore(db()).newest()->fileHash, result.made.fileHash);
    const AuditEntry audit = AuditLog::entries(db(), 1).first();
    EXPECT_EQ(audit.action, QStringLiteral("backup"));
    EXPECT_TRUE(audit.detail.startsWith(QStringLiteral("automatic")));

    Backup::restore(result.made.filePath(), BackupUnlock(passphrase, recoveryFile()), restoredPath());
    {
        const Database copy = Database::open(restoredPath());
        EXPECT_EQ(ObservationStore(copy).search(practitionerA1, QStringLiteral("cafe")).size(), 1);
    }
    Backup::restore(result.made.filePath(), BackupUnlock(QString(), QString(), m_kit.recoveryCode.toLower()),
                    restoredPath(QStringLiteral("by-code.db")));
    const Database byCode = Database::open(restoredPath(QStringLiteral("by-code.db")));
    EXPECT_EQ(ObservationStore(byCode).search(practitionerA1, QStringLiteral("cafe")).size(), 1);
}

TEST_F(AutomaticBackupTest, AWrongPassphraseOrKeyADamagedOrCutFileFailClearlyAndReplaceNothing)
{
    const QString backup = AutomaticBackup::run(db(), managerA).made.filePath();
    const QString target = restoredPath();
    auto restoreWith = [&](const QString& file, const BackupUnlock& unlock) {
        return refusalOf([&] { Backup::restore(file, unlock, target); });
    };
    Error wrong = restoreWith(backup, BackupUnlock(QStringLiteral("not the passphrase"), recoveryFile()));
    EXPECT_EQ(wrong.kind(), Error::Kind::Validation);
    EXPECT_TRUE(wrong.userMessage().contains(QStringLiteral("passphrase")))
        << wrong.userMessage().toStdString();
    Error noKey = restoreWith(backup, BackupUnlock(passphrase));
    EXPECT_TRUE(noKey.userMessage().contains(QStringLiteral("recovery file")))
        << noKey.userMessage().toStdString();
    QString typo = m_kit.recoveryCode;
    typo[3] = typo[3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_TRUE(restoreWith(backup, BackupUnlock(QString(), QString(), typo))
                    .userMessage()
                    .contains(QStringLiteral("recovery code")));

    const QByteArray full = contents(backup);
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.kzbackup"));
    QByteArray changed = full;
    changed[changed.size() / 2] = static_cast<char>(changed[changed.size() / 2] ^ 0x20);
    overwrite(damaged, changed);
    EXPECT_TRUE(restoreWith(damaged, BackupUnlock(passphrase, recoveryFile()))
                    .userMessage()
                    .contains(QStringLiteral("damaged")));
    overwrite(damaged, full.left(full.size() - 50));
    EXPECT_TRUE(restoreWith(damaged, BackupUnlock(passphrase, recoveryFile()))
                    .userMessage()
                    .contains(QStringLiteral("incomplete")));

    // A newer key does not open a backup made for the one before; its own recovery file does.
    const QString newer = m_dir.filePath(QStringLiteral("safe/newer.kzkey"));
    BackupKey::create(db(), admin, passphrase, newer);
    EXPECT_TRUE(restoreWith(backup, BackupUnlock(passphrase, newer))
                    .userMessage()
                    .contains(QStringLiteral("another backup key")));
    EXPECT_FALSE(QFile::exists(target));
    Backup::restore(backup, BackupUnlock(passphrase, recoveryFile()), target);
    EXPECT_TRUE(QFile::exists(target));
}

TEST_F(AutomaticBackupTest, OnlyBeheerdersMakeOrReplaceTheKeyAndBothAreAudited)
{
    const QString other = m_dir.filePath(QStringLiteral("safe/other.kzkey"));
    EXPECT_EQ(refusalOf([&] { BackupKey::create(db(), managerA, passphrase, other); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { BackupKey::create(db(), admin, QStringLiteral("short"), other); }).kind(),
              Error::Kind::Validation);
    EXPECT_EQ(refusalOf([&] {
                  BackupKey::create(db(), admin, passphrase,
                                    QDir(folder()).filePath(QStringLiteral("r.kzkey")));
              }).kind(),
              Error::Kind::Validation); // never beside the backups it opens
    EXPECT_FALSE(QFile::exists(other));
    EXPECT_EQ(BackupKeyStore(db()).all().size(), 1);
    EXPECT_EQ(AuditLog::entries(db(), 1).first().action, QStringLiteral("refused"));

    const RecoveryKit second = BackupKey::create(db(), adminManager, passphrase, other);
    const QList<BackupKeyRecord> keys = BackupKeyStore(db()).all();
    ASSERT_EQ(keys.size(), 2);
    EXPECT_TRUE(keys.first().replacedAt.has_value());
    EXPECT_EQ(BackupKeyStore(db()).current()->keyCheck, second.keyCheck);
    const AuditEntry audit = AuditLog::entries(db(), 1).first();
    EXPECT_EQ(audit.action, QStringLiteral("replace"));
    EXPECT_EQ(audit.entity, QStringLiteral("backup_key"));
    EXPECT_EQ(audit.userId, adminManager.userId);
    EXPECT_EQ(refusalOf([&] { BackupSettingsStore(db()).setFolder(managerA, folder()); }).kind(),
              Error::Kind::AccessDenied);
}

TEST_F(AutomaticBackupTest, AMissingFullOrUnwritableFolderIsReportedAndNothingIsHalfWritten)
{
    const QString gone = m_dir.filePath(QStringLiteral("usb-stick"));
    const Error missing = refusalOf([&] { AutomaticBackup::run(db(), {}, gone); });
    EXPECT_EQ(missing.kind(), Error::Kind::Io);
    EXPECT_TRUE(missing.userMessage().contains(QStringLiteral("not there")))
        << missing.userMessage().toStdString();
    EXPECT_FALSE(QFile::exists(gone)); // never made on the local disk in the stick's place

    const QString aFile = m_dir.filePath(QStringLiteral("a-file"));
    overwrite(aFile, "x");
    EXPECT_TRUE(refusalOf([&] { AutomaticBackup::run(db(), {}, aFile); })
                    .userMessage()
                    .contains(QStringLiteral("not a folder")));

    const Error full = refusalOf([&] { AutomaticBackup::checkFolder(folder(), qint64(1) << 60); });
    EXPECT_TRUE(full.userMessage().contains(QStringLiteral("full"))) << full.userMessage().toStdString();

    if (geteuid() != 0) { // root writes in a read-only folder anyway
        QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        EXPECT_TRUE(refusalOf([&] { AutomaticBackup::run(db()); })
                        .userMessage()
                        .contains(QStringLiteral("may not write")));
        QFile::setPermissions(folder(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    EXPECT_TRUE(backupFiles().isEmpty());
    EXPECT_FALSE(BackupLogStore(db()).newest().has_value());
    EXPECT_TRUE(QDir(m_dir.path())
                    .entryList({QStringLiteral(".kindzicht*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
}

TEST_F(AutomaticBackupTest, WithoutAKeyOrFolderNothingIsDueAndARunSaysWhatIsMissing)
{
    BackupSettingsStore(db()).setFolder(admin, folder());
    EXPECT_TRUE(AutomaticBackup::isDue(db()));
    AutomaticBackup::run(db());
    EXPECT_FALSE(AutomaticBackup::isDue(db()));
    {
        const ScopedClock tomorrow(Clock::today().addDays(1));
        EXPECT_TRUE(AutomaticBackup::isDue(db()));
    }
    SqlQuery::run(db(), QStringLiteral("DELETE FROM backup_log"));
    SqlQuery::run(db(), QStringLiteral("DELETE FROM backup_keys"));
    EXPECT_FALSE(AutomaticBackup::isDue(db()));
    EXPECT_EQ(refusalOf([&] { AutomaticBackup::run(db()); }).kind(), Error::Kind::Conflict);
}
