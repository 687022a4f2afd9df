#include "AccessibilityTree.h"
#include "AppFixture.h"
#include "Clock.h"
#include "admin/AccountDialog.h"
#include "admin/GroupDialog.h"
#include "admin/LocationDialog.h"
#include "admin/LocationForm.h"
#include "admin/SetupGroupsEditor.h"
#include "admin/SetupWizard.h"
#include "children/ChildDialog.h"
#include "children/ChildImportDialog.h"
#include "children/GuardianDialog.h"
#include "children/LeaveChildDialog.h"
#include "children/MoveChildDialog.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "children/ReferralDialog.h"
#include "db/SqlQuery.h"
#include "handover/HandoverWizard.h"
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

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

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

    // Walks a wizard shown without a modal loop: on every page `fill` completes what the page
    // needs, the page is checked, and next() moves on. A message box that next() raises is
    // answered No/Cancel by a guard, so the walk cannot hang; it is reported.
    static void walkWizard(QWizard& wizard, const QString& what, const std::function<void(int)>& fill)
    {
        QStringList boxes;
        QTimer guard;
        guard.setInterval(50);
        QObject::connect(&guard, &QTimer::timeout, [&boxes] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                boxes.append(box->text());
                box->reject();
            }
        });
        guard.start();
        wizard.setWindowModality(Qt::NonModal);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        QList<int> seen;
        while (!seen.contains(wizard.currentId())) {
            seen.append(wizard.currentId());
            fill(wizard.currentId());
            expectNamed(&wizard, QStringLiteral("%1 page %2").arg(what).arg(wizard.currentId()));
            screenshot(&wizard, QStringLiteral("a11y-%1-page-%2").arg(what).arg(wizard.currentId()));
            if (wizard.nextId() < 0)
                break;
            wizard.next();
            QCoreApplication::processEvents();
        }
        EXPECT_TRUE(boxes.isEmpty()) << what.toStdString() << ": "
                                     << boxes.join(QStringLiteral(" | ")).toStdString();
        wizard.hide();
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

TEST_F(AccessibilityTest, APressedDomainChipSaysSoNotOnlyByColour)
{
    ObservationDialog dialog(*session, child);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QAbstractButton* pressed = dialog.domainButton(QStringLiteral("language"));
    QAbstractButton* other = dialog.domainButton(QStringLiteral("behaviour"));
    ASSERT_NE(pressed, nullptr);
    ASSERT_NE(other, nullptr);
    const QSize before = pressed->size();
    pressed->setChecked(true);
    QCoreApplication::processEvents();
    QAccessibleInterface* chip = QAccessible::queryAccessibleInterface(pressed);
    ASSERT_NE(chip, nullptr);
    EXPECT_TRUE(chip->state().checkable);
    EXPECT_TRUE(chip->state().checked);
    EXPECT_FALSE(QAccessible::queryAccessibleInterface(other)->state().checked);
    // A check mark besides the colour, on the pressed chip only.
    EXPECT_FALSE(pressed->icon().isNull());
    EXPECT_TRUE(other->icon().isNull());
    EXPECT_GT(pressed->width(), before.width() - 1);
    // No chip is cut short by the mark's room.
    for (QAbstractButton* each : dialog.findChildren<QAbstractButton*>()) {
        if (!each->property("domainCode").toString().isEmpty()) {
            EXPECT_GE(each->width(), each->sizeHint().width()) << each->text().toStdString();
        }
    }
    screenshot(&dialog, QStringLiteral("domain-chip-pressed"));
}

TEST_F(AccessibilityTest, EveryPageOfTheSetUpWizardNamesItsControls)
{
    const Database db = Database::open(m_dir.filePath(QStringLiteral("eigen.db")));
    SetupWizard wizard(db);
    walkWizard(wizard, QStringLiteral("setup"), [&wizard](int page) {
        switch (page) {
        case SetupWizard::OrganisationPage:
            wizard.organisationEdit()->setText(QStringLiteral("Kinderopvang Het Duin"));
            break;
        case SetupWizard::LocationPage:
            wizard.locationForm()->nameEdit()->setText(QStringLiteral("Kindcentrum De Zeester"));
            wizard.locationForm()->lrkEdit()->setText(QStringLiteral("987654321"));
            wizard.locationForm()->addressEdit()->setText(QStringLiteral("Duinstraat 7"));
            wizard.locationForm()->postcodeEdit()->setText(QStringLiteral("2584 AZ"));
            wizard.locationForm()->cityEdit()->setText(QStringLiteral("Den Haag"));
            break;
        case SetupWizard::GroupsPage: {
            Group g;
            g.name = QStringLiteral("Zeepaardjes");
            g.kind = GroupKind::Kdv;
            g.maxAgeMonths = 48;
            g.capacity = 14;
            wizard.groupsEditor()->setRow(0, g);
            break;
        }
        default:
            break;
        }
    });
    EXPECT_EQ(wizard.currentId(), SetupWizard::AdministratorPage) << "the walk stopped early";
}

TEST_F(AccessibilityTest, EveryPageOfTheHandoverWizardNamesItsControls)
{
    SqlQuery q(*m_db, QStringLiteral("SELECT child_id FROM handovers WHERE consent_state = 'given'"));
    q.exec();
    ASSERT_TRUE(q.next());
    HandoverWizard wizard(*session, q.value(0).toLongLong());
    walkWizard(wizard, QStringLiteral("handover"), [](int) {}); // the demo's consent and draft suffice
    EXPECT_EQ(wizard.currentId(), HandoverWizard::PreviewPageId) << "the walk stopped early";
}
