#include "AccessibilityTree.h"
#include "AppFixture.h"
#include "Clock.h"
#include "admin/AccountDialog.h"
#include "admin/GroupDialog.h"
#include "admin/LocationDialog.h"
#include "children/ChildDialog.h"
#include "children/ChildImportDialog.h"
#include "children/GuardianDialog.h"
#include "children/LeaveChildDialog.h"
#include "children/MoveChildDialog.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "children/ReferralDialog.h"
#include "handover/ReceiptDialog.h"
#include "services/PartnerImport.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/PasswordDialog.h"
#include "shell/Session.h"
#include "socialmap/PartnerDialog.h"
#include "socialmap/PartnerImportDialog.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

#include <QTest>

using namespace kz;

// Every window and dialog, as a screen reader meets it: each control says what it is for.
class AccessibilityTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        session = std::make_unique<Session>(Session{*m_db, login(QStringLiteral("saskia"))});
        child = ChildStore(*m_db).list(session->actor).constFirst().child.id;
    }

    // Shows the window, checks what is visible now, and reports the unnamed controls under `what`.
    static void expectNamed(QWidget* window, const QString& what)
    {
        window->show();
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedControls(window);
        EXPECT_TRUE(unnamed.isEmpty())
            << what.toStdString() << ":\n  " << unnamed.join(QStringLiteral("\n  ")).toStdString();
    }

    SupportNeed openNeed() const
    {
        for (const SupportNeed& n : SupportNeedStore(*m_db).forChild(session->actor, child))
            return n;
        SupportNeed n;
        n.childId = child;
        n.domainId = 1;
        n.description = QStringLiteral("Weinig woorden");
        n.signalledOn = Clock::today();
        n.id = SupportNeedStore(*m_db).create(session->actor, n);
        return n;
    }

    std::unique_ptr<Session> session;
    qint64 child = 0;
};

TEST_F(AccessibilityTest, EveryWorkspaceOfTheMainWindowNamesItsControls)
{
    MainWindow window(*session, *m_languages, *m_settings);
    window.resize(1280, 800);
    window.show();
    for (int w = 0; w < MainWindow::WorkspaceCount; ++w) {
        window.showWorkspace(static_cast<MainWindow::Workspace>(w));
        expectNamed(&window, QStringLiteral("workspace %1").arg(w));
    }
    window.openDossier(child);
    expectNamed(&window, QStringLiteral("dossier"));
}

TEST_F(AccessibilityTest, EveryDialogNamesItsControls)
{
    const Database& db = *m_db;
    {
        LoginDialog dialog(db, QStringLiteral("saskia"), true);
        expectNamed(&dialog, QStringLiteral("login"));
    }
    {
        std::unique_ptr<PasswordDialog> change(PasswordDialog::forChange(*session));
        expectNamed(change.get(), QStringLiteral("password"));
    }
    {
        ObservationDialog dialog(*session, child);
        expectNamed(&dialog, QStringLiteral("observation"));
    }
    const SupportNeed need = openNeed();
    for (const NeedStepDialog::Step step :
         {NeedStepDialog::Step::Create, NeedStepDialog::Step::Status, NeedStepDialog::Step::ParentsInformed,
          NeedStepDialog::Step::ReviewDate, NeedStepDialog::Step::Level, NeedStepDialog::Step::Close}) {
        NeedStepDialog dialog(*session, step, need);
        expectNamed(&dialog, QStringLiteral("need step %1").arg(static_cast<int>(step)));
    }
    {
        ReferralDialog dialog(*session, need);
        expectNamed(&dialog, QStringLiteral("referral"));
    }
    {
        ChildDialog dialog(*session, child);
        expectNamed(&dialog, QStringLiteral("child"));
        ChildDialog newChild(*session, 0);
        expectNamed(&newChild, QStringLiteral("new child"));
    }
    {
        GuardianDialog dialog(Guardian{}, {QStringLiteral("Nederlands")});
        expectNamed(&dialog, QStringLiteral("guardian"));
    }
    {
        MoveChildDialog dialog(*session, child);
        expectNamed(&dialog, QStringLiteral("move"));
        LeaveChildDialog leave(*session, child);
        expectNamed(&leave, QStringLiteral("leave"));
    }
    {
        ChildImportDialog dialog(*session);
        expectNamed(&dialog, QStringLiteral("child import"));
    }
    {
        const ImportPreview preview = PartnerImport::preview(
            db, session->actor, "name,postcode,phone\nKentalis,,070 111 2222\nNieuw Taalhuis,,\n",
            QStringLiteral("k.csv"));
        PartnerImportDialog dialog(*session, preview);
        expectNamed(&dialog, QStringLiteral("partner import"));
    }
    {
        const PartnerStore partners(db);
        PartnerDialog dialog(*session, partners.categories(), partners.areas(),
                             partners.list(session->actor).constFirst());
        expectNamed(&dialog, QStringLiteral("partner"));
    }
    {
        const QList<Location> locations = OrganisationStore(db).locations(session->actor);
        LocationDialog dialog(*session, locations.constFirst());
        expectNamed(&dialog, QStringLiteral("location"));
        GroupDialog group(*session, OrganisationStore(db).groups(session->actor).constFirst());
        expectNamed(&group, QStringLiteral("group"));
    }
    {
        const Session admin{db, login(QStringLiteral("beheer"))};
        AccountDialog dialog(admin, UserStore(db).list(admin.actor).constFirst());
        expectNamed(&dialog, QStringLiteral("account"));
    }
    {
        ReceiptDialog dialog(QStringLiteral("Overdracht"), Clock::today());
        expectNamed(&dialog, QStringLiteral("receipt"));
    }
}
