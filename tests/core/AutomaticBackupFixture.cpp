#include "AutomaticBackupFixture.h"

#include "Clock.h"
#include "domain/Observation.h"
#include "store/BackupSettingsStore.h"
#include "store/ObservationStore.h"

#include <QDir>

using namespace kz;

const QString AutomaticBackupFixture::passphrase = QStringLiteral("paard batterij nietje correct");

void AutomaticBackupFixture::SetUp()
{
    CoreFixture::SetUp();
    if (IsSkipped() || HasFatalFailure())
        return;
    Observation o;
    o.childId = childA1;
    o.observedAt = Clock::nowUtc().addSecs(-30);
    o.body = QStringLiteral("Speelde café 🧸");
    o.domainIds = {domainId(QStringLiteral("language"))};
    ObservationStore(db()).create(practitionerA1, o);
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("safe"))));
    BackupSettingsStore(db()).setFolder(admin, folder());
    m_kit = BackupKey::create(db(), admin, passphrase, recoveryFile());
}

QStringList AutomaticBackupFixture::backupFiles() const
{
    return QDir(folder()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
