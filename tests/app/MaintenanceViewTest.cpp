#include "admin/MaintenanceView.h"

#include "AppFixture.h"
#include "Clock.h"
#include "Error.h"
#include "ThrowawayPostgres.h"
#include "children/DossierView.h"
#include "services/Authenticator.h"
#include "services/Backup.h"
#include "services/ServerSetup.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>

using namespace kz;

class MaintenanceViewTest : public AppFixture
{
};

TEST_F(MaintenanceViewTest, RetentionPreviewPurgeAndBackupFromTheAdministration)
{
    const Session marco{*m_db, login(QStringLiteral("marco"))}; // administrator and manager of both locations
    const int waiting =
        MaintenanceView(marco).previewTable()->rowCount(); // the demo's child who left long ago
    Child left = ChildStore(*m_db).list(marco.actor).constFirst().child;
    left.endDate = Clock::today().addMonths(-30);
    left.birthDate = std::min(left.birthDate, left.endDate->addYears(-2));
    left.startDate = std::min(left.startDate, left.endDate->addMonths(-6));
    ChildStore(*m_db).update(marco.actor, left);

    MaintenanceView view(marco);
    EXPECT_EQ(view.monthsBox()->value(), 24);
    ASSERT_EQ(view.previewTable()->rowCount(), waiting + 1);
    EXPECT_TRUE(view.purgeButton()->isEnabled());
    screenshot(&view, QStringLiteral("maintenance"));
    EXPECT_TRUE(view.purgeNow());
    EXPECT_EQ(view.previewTable()->rowCount(), 0);
    EXPECT_THROW(ChildStore(*m_db).get(marco.actor, left.id), Error);

    const QString backup = m_dir.filePath(QStringLiteral("gui.kzbackup"));
    EXPECT_FALSE(view.backupTo(backup, QStringLiteral("kort"))); // refused: too short
    ASSERT_TRUE(view.backupTo(backup, QStringLiteral("lang genoeg wachtwoord")));
    EXPECT_NO_THROW(Backup::restore(backup, QStringLiteral("lang genoeg wachtwoord"),
                                    m_dir.filePath(QStringLiteral("r.db"))));
    EXPECT_FALSE(view.restoreToNewFile(backup, QStringLiteral("lang genoeg wachtwoord"),
                                       demoPath())); // never over a file
    EXPECT_FALSE(view.restoreToNewFile(backup, QStringLiteral("verkeerde wachtzin"),
                                       m_dir.filePath(QStringLiteral("x.db"))));
    EXPECT_TRUE(view.restoreToNewFile(backup, QStringLiteral("lang genoeg wachtwoord"),
                                      m_dir.filePath(QStringLiteral("y.db"))));

    // Not an administrator: the view stays disabled, core refuses.
    const Session saskia{*m_db, login(QStringLiteral("saskia"))};
    MaintenanceView refused(saskia);
    EXPECT_FALSE(refused.isEnabled());
}

TEST_F(MaintenanceViewTest, TheManagerAnswersAnAccessRequestFromTheDossier)
{
    const Session saskia{*m_db, login(QStringLiteral("saskia"))};
    const qint64 child = ChildStore(*m_db).list(saskia.actor).constFirst().child.id;
    DossierView view(saskia);
    view.showChild(child);
    EXPECT_FALSE(view.stepButton(QStringLiteral("inzage"))->isHidden());
    const QString folder = m_dir.filePath(QStringLiteral("inzage"));
    ASSERT_TRUE(view.exportAccessRequest(folder));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("inzage-%1.json").arg(child))));

    const Session fatima{*m_db, login(QStringLiteral("fatima"))};
    DossierView practitioner(fatima);
    practitioner.showChild(ChildStore(*m_db).list(fatima.actor).constFirst().child.id);
    EXPECT_TRUE(practitioner.stepButton(QStringLiteral("inzage"))->isHidden());
    EXPECT_FALSE(practitioner.exportAccessRequest(m_dir.filePath(QStringLiteral("no"))));
}

// On the organisation's server an everyday administrator's login sees no child's rows: the
// retention list would be empty or partial, so core refuses it and the view says why.
TEST_F(MaintenanceViewTest, OnAServerAnEverydayAdministratorIsToldTheOwnerKeepsRetention)
{
    KZ_REQUIRE_POSTGRES(socket);
    const test::ScratchPostgresDatabase scratch(*socket);
    ASSERT_TRUE(scratch.created());
    const QString admin = QStringLiteral("onderhoud%1").arg(QRandomGenerator::global()->bounded(1000000));
    const auto address = [&](const QString& login) {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(login, scratch.name(), *socket);
    };
    ServerSetup::init(address(QStringLiteral("postgres")), admin, QStringLiteral("Vlinder-2024-Wolk"));
    const Database db = Database::open(address(admin));
    const Session session{db, Authenticator::login(db, admin, QStringLiteral("Vlinder-2024-Wolk"))};
    useLanguage(QStringLiteral("en"));
    MaintenanceView view(session);
    view.resize(1280, 720);
    EXPECT_FALSE(view.purgeButton()->isEnabled());
    EXPECT_TRUE(view.monthsBox()->isEnabled());          // the period is the administrator's to set
    EXPECT_TRUE(view.livesInBackupsText()->isEnabled()); // readable, not greyed out
    EXPECT_TRUE(view.isEnabled());
    EXPECT_TRUE(view.livesInBackupsText()->isVisibleTo(&view));
    EXPECT_TRUE(view.livesInBackupsText()->text().contains(QStringLiteral("kindzicht_owner")))
        << qPrintable(view.livesInBackupsText()->text());
    screenshot(&view, QStringLiteral("maintenance-server-en"));

    useLanguage(QStringLiteral("nl"));
    MaintenanceView dutch(session);
    dutch.resize(1280, 720);
    EXPECT_TRUE(dutch.livesInBackupsText()->text().contains(QStringLiteral("eigenaar")))
        << qPrintable(dutch.livesInBackupsText()->text());
    screenshot(&dutch, QStringLiteral("maintenance-server-nl"));
}
