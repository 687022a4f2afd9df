#include "AppFixture.h"
#include "Clock.h"
#include "Error.h"
#include "admin/AccountDialog.h"
#include "admin/AccountsView.h"
#include "admin/LocationForm.h"
#include "admin/MaintenanceView.h"
#include "admin/OrganisationView.h"
#include "admin/SetupGroupsEditor.h"
#include "admin/SetupWizard.h"
#include "children/ChildDialog.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "children/GuardiansEditor.h"
#include "children/LeaveChildDialog.h"
#include "children/MoveChildDialog.h"
#include "domain/Labels.h"
#include "services/Authenticator.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace kz;

namespace {

const QString firstGroup = QStringLiteral("Zeepaardjes");
const QString secondGroup = QStringLiteral("Schelpjes");
const QString ninaPassword = QStringLiteral("eerste-dag-2030");

Group group(const QString& name, GroupKind kind, int fromMonths, int toMonths, int capacity)
{
    Group g;
    g.name = name;
    g.kind = kind;
    g.minAgeMonths = fromMonths;
    g.maxAgeMonths = toMonths;
    g.capacity = capacity;
    return g;
}

void chooseStartingWith(QComboBox* box, const QString& text)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).startsWith(text))
            box->setCurrentIndex(i);
}

QStringList visibleNames(const ChildrenView& view)
{
    QStringList names;
    const QAbstractItemModel* model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    names.sort();
    return names;
}

struct NewChild
{
    QString given;
    QString family;
    QDate birth;
    QString group;
    std::optional<Guardian> guardian;
};

} // namespace

// The first day of an organisation that starts with Kindzicht: an empty file, the setup wizard,
// an account for a pedagogisch medewerker, three children enrolled, one moved, one leaving, and
// two years later the retention preview. The clock stands still on 4 March 2030.
class FirstDayGuiTest : public AppFixture
{
protected:
    FirstDayGuiTest() : m_clock(QDate(2030, 3, 4)) {}

    void setUpOrganisation();
    void createPractitioner(MainWindow& window);
    void enrol(MainWindow& window, const NewChild& child);
    void moveChild(MainWindow& window, qint64 childId, const QString& toGroup);
    void recordLeaving(MainWindow& window, qint64 childId, const QDate& lastDay);
    void expectGoneForPractitioner(const Actor& practitioner, qint64 childId, const QStringList& stillThere);
    qint64 childNamed(const QString& fullName) const;
    QStringList previewedChildren(const Session& session) const;

    ScopedClock m_clock;
    std::unique_ptr<Database> m_own;
    std::optional<Actor> m_inge; // administrator and locatiemanager
};

void FirstDayGuiTest::setUpOrganisation()
{
    SetupWizard wizard(*m_own);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.organisationEdit(), QStringLiteral("Kinderopvang Het Duin"));
    screenshot(&wizard, QStringLiteral("firstday-01-organisation"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::LocationPage) << wizard.errorText().toStdString();

    LocationForm* location = wizard.locationForm();
    QTest::keyClicks(location->nameEdit(), QStringLiteral("Kindcentrum De Zeester"));
    QTest::keyClicks(location->lrkEdit(), QStringLiteral("987654321"));
    QTest::keyClicks(location->addressEdit(), QStringLiteral("Duinstraat 7"));
    QTest::keyClicks(location->postcodeEdit(), QStringLiteral("2584 AZ"));
    QTest::keyClicks(location->cityEdit(), QStringLiteral("Den Haag"));
    location->neighbourhoodCombo()->setCurrentText(QStringLiteral("Duinoord"));
    screenshot(&wizard, QStringLiteral("firstday-02-location"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::GroupsPage) << wizard.errorText().toStdString();

    SetupGroupsEditor* groups = wizard.groupsEditor();
    groups->setRow(0, group(firstGroup, GroupKind::Kdv, 0, 48, 14));
    groups->setRow(groups->addRow(), group(secondGroup, GroupKind::Peuteropvang, 24, 48, 16));
    screenshot(&wizard, QStringLiteral("firstday-03-groups"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::AdministratorPage) << wizard.errorText().toStdString();

    EXPECT_TRUE(wizard.managerBox()->isChecked()) << "the first administrator manages the location";
    QTest::keyClicks(wizard.displayNameEdit(), QStringLiteral("Inge Visser"));
    QTest::keyClicks(wizard.usernameEdit(), QStringLiteral("inge"));
    QTest::keyClicks(wizard.passwordEdit(), QStringLiteral("duin-en-zee-2030"));
    QTest::keyClicks(wizard.repeatEdit(), QStringLiteral("duin-en-zee-2030"));
    screenshot(&wizard, QStringLiteral("firstday-04-administrator"));
    wizard.button(QWizard::FinishButton)->click();
    ASSERT_EQ(wizard.result(), QDialog::Accepted) << wizard.errorText().toStdString();
    ASSERT_TRUE(wizard.administrator().has_value());
    m_inge = wizard.administrator();
}

void FirstDayGuiTest::createPractitioner(MainWindow& window)
{
    AccountsView* accounts = window.accountsView();
    ASSERT_NE(accounts, nullptr);
    auto* tabs = qobject_cast<QTabWidget*>(accounts->parentWidget()->parentWidget());
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(accounts);
    ASSERT_EQ(accounts->table()->rowCount(), 1) << "only the administrator so far";
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<AccountDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("nina"));
        QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Nina Bos"));
        QTest::keyClicks(dialog->passwordEdit(), ninaPassword);
        dialog->practitionerBox()->setChecked(true);
        QListWidget* groups = dialog->groupList();
        ASSERT_EQ(groups->count(), 2);
        for (int i = 0; i < groups->count(); ++i)
            if (groups->item(i)->text().startsWith(firstGroup))
                groups->item(i)->setCheckState(Qt::Checked);
        screenshot(dialog, QStringLiteral("firstday-06-practitioner-account"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorText().toStdString();
    });
    accounts->newButton()->click();
    ASSERT_EQ(accounts->table()->rowCount(), 2);
    screenshot(&window, QStringLiteral("firstday-07-accounts"));
}

void FirstDayGuiTest::enrol(MainWindow& window, const NewChild& child)
{
    window.showWorkspace(MainWindow::Children);
    whenModal([&child](QWidget* modal) {
        auto* dialog = qobject_cast<ChildDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->givenNameEdit(), child.given);
        QTest::keyClicks(dialog->familyNameEdit(), child.family);
        dialog->birthDateEdit()->setDate(child.birth);
        chooseStartingWith(dialog->groupBox(), child.group);
        dialog->startDateEdit()->setDate(QDate(2029, 9, 3));
        if (child.guardian) {
            dialog->languagesEdit()->setText(QStringLiteral("Arabisch, Nederlands"));
            dialog->guardiansEditor()->addGuardian(*child.guardian);
            screenshot(dialog, QStringLiteral("firstday-08-enrol-with-interpreter"));
        }
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorText().toStdString();
    });
    window.childrenView()->actionButton(QStringLiteral("enrol"))->click();
}

void FirstDayGuiTest::moveChild(MainWindow& window, qint64 childId, const QString& toGroup)
{
    ChildrenView* list = window.childrenView();
    list->selectChild(childId);
    ASSERT_EQ(list->currentChildId(), childId);
    whenModal([&toGroup](QWidget* modal) {
        auto* dialog = qobject_cast<MoveChildDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        chooseStartingWith(dialog->groupBox(), toGroup);
        EXPECT_TRUE(dialog->explanationText().contains(firstGroup))
            << dialog->explanationText().toStdString();
        EXPECT_TRUE(dialog->explanationText().contains(toGroup)) << dialog->explanationText().toStdString();
        screenshot(dialog, QStringLiteral("firstday-10-move"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorText().toStdString();
    });
    list->actionButton(QStringLiteral("move"))->click();
}

void FirstDayGuiTest::recordLeaving(MainWindow& window, qint64 childId, const QDate& lastDay)
{
    ChildrenView* list = window.childrenView();
    list->selectChild(childId);
    ASSERT_EQ(list->currentChildId(), childId);
    whenModal([lastDay](QWidget* modal) {
        auto* dialog = qobject_cast<LeaveChildDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->dateEdit()->setDate(lastDay);
        dialog->reasonBox()->setCurrentIndex(
            dialog->reasonBox()->findText(Labels::leaveReason(LeaveReason::Moved)));
        EXPECT_TRUE(dialog->retentionText().contains(QStringLiteral("03-03-2032")))
            << dialog->retentionText().toStdString();
        screenshot(dialog, QStringLiteral("firstday-13-leave"));
        whenModal([](QWidget* box) {
            auto* question = qobject_cast<QMessageBox*>(box);
            ASSERT_NE(question, nullptr);
            question->button(QMessageBox::Yes)->click();
        });
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorText().toStdString();
    });
    list->actionButton(QStringLiteral("leave"))->click();
}

void FirstDayGuiTest::expectGoneForPractitioner(const Actor& practitioner, qint64 childId,
                                                const QStringList& stillThere)
{
    const Session session{*m_own, practitioner};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    EXPECT_EQ(visibleNames(*window.childrenView()), stillThere);
    screenshot(&window, QStringLiteral("firstday-11-practitioner-after-move"));
    EXPECT_THROW(ChildStore(*m_own).get(practitioner, childId), Error);
    QString refusal;
    whenModal([&refusal](QWidget* box) {
        auto* warning = qobject_cast<QMessageBox*>(box);
        ASSERT_NE(warning, nullptr);
        refusal = warning->text();
        screenshot(warning, QStringLiteral("firstday-12-dossier-refused"));
        warning->accept();
    });
    window.openDossier(childId);
    EXPECT_FALSE(refusal.isEmpty()) << "the dossier of a child of another group is refused";
    const QString name = ChildStore(*m_own).get(*m_inge, childId).givenName;
    EXPECT_FALSE(window.dossierView()->header()->text().contains(name))
        << window.dossierView()->header()->text().toStdString();
}

qint64 FirstDayGuiTest::childNamed(const QString& fullName) const
{
    for (const ChildSummary& s :
         ChildStore(*m_own).list(*m_inge, ChildFilter{.groupId = std::nullopt, .includeLeft = true}))
        if (s.child.fullName() == fullName)
            return s.child.id;
    return 0;
}

// What Beheer → Retention and backup would remove, as the administrator sees it when she opens it.
QStringList FirstDayGuiTest::previewedChildren(const Session& session) const
{
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    window.showWorkspace(MainWindow::Administration);
    MaintenanceView* maintenance = window.maintenanceView();
    if (!maintenance)
        return {QStringLiteral("no maintenance view")};
    qobject_cast<QTabWidget*>(maintenance->parentWidget()->parentWidget())->setCurrentWidget(maintenance);
    screenshot(&window, QStringLiteral("firstday-%1-retention").arg(Clock::today().toString(Qt::ISODate)));
    QStringList cells;
    for (int row = 0; row < maintenance->previewTable()->rowCount(); ++row)
        cells.append(maintenance->previewTable()->item(row, 0)->text());
    return cells;
}

TEST_F(FirstDayGuiTest, FromAnEmptyFileToEnrolledMovedAndLeftChildrenAndTheRetentionPreview)
{
    m_own = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("het-duin.db"))));
    ASSERT_FALSE(UserStore(*m_own).hasUsers()) << "a new file: the application starts the setup wizard";
    ASSERT_NO_FATAL_FAILURE(setUpOrganisation());
    const Session inge{*m_own, *m_inge};
    EXPECT_TRUE(inge.actor.hasRole(Role::Admin));
    EXPECT_TRUE(inge.actor.hasRole(Role::Manager));

    // Straight into Beheer, on the location with its two groups.
    MainWindow window(inge, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.showOrganisation();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Administration);
    QTreeWidget* tree = window.organisationView()->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    ASSERT_EQ(tree->topLevelItem(0)->childCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->text(OrganisationView::AreaColumn),
              QStringLiteral("Segbroek · Duinoord"));
    EXPECT_EQ(OrganisationStore(*m_own).organisationName(), QStringLiteral("Kinderopvang Het Duin"));
    screenshot(&window, QStringLiteral("firstday-05-beheer"));

    ASSERT_NO_FATAL_FAILURE(createPractitioner(window));
    const Actor nina = Authenticator::login(*m_own, QStringLiteral("nina"), ninaPassword);

    Guardian mother;
    mother.name = QStringLiteral("Amal Haddad");
    mother.relation = QStringLiteral("moeder");
    mother.preferredLanguage = QStringLiteral("Arabisch");
    mother.interpreterNeeded = true;
    for (const NewChild& child :
         {NewChild{QStringLiteral("Yara"), QStringLiteral("Haddad"), QDate(2028, 1, 20), firstGroup, mother},
          NewChild{
              QStringLiteral("Daan"), QStringLiteral("van der Berg"), QDate(2027, 6, 10), firstGroup, {}},
          NewChild{QStringLiteral("Noor"), QStringLiteral("Bakker"), QDate(2026, 4, 15), secondGroup, {}}})
        ASSERT_NO_FATAL_FAILURE(enrol(window, child));
    ChildrenView* list = window.childrenView();
    EXPECT_EQ(list->visibleRows(), 3);
    const qint64 yara = childNamed(QStringLiteral("Yara Haddad"));
    const qint64 daan = childNamed(QStringLiteral("Daan van der Berg"));
    const qint64 noor = childNamed(QStringLiteral("Noor Bakker"));
    ASSERT_TRUE(yara > 0 && daan > 0 && noor > 0);
    screenshot(&window, QStringLiteral("firstday-09-three-children"));
    window.openDossier(yara);
    EXPECT_TRUE(window.dossierView()->guardiansText().contains(
        QCoreApplication::translate("kz::DossierView", "%1: %2, interpreter needed")
            .arg(QStringLiteral("Amal Haddad"), QStringLiteral("Arabisch"))))
        << window.dossierView()->guardiansText().toStdString();
    screenshot(&window, QStringLiteral("firstday-09-dossier-interpreter"));
    const QList<Guardian> parents = GuardianStore(*m_own).list(inge.actor, yara);
    ASSERT_EQ(parents.size(), 1);
    EXPECT_TRUE(parents.constFirst().interpreterNeeded);
    const Session ninaSession{*m_own, nina};
    EXPECT_EQ(visibleNames(ChildrenView(ninaSession)),
              (QStringList{QStringLiteral("Daan van der Berg"), QStringLiteral("Yara Haddad")}));

    // Daan moves to the Schelpjes: from then on Nina no longer sees him, nor may she open him.
    window.showWorkspace(MainWindow::Children);
    ASSERT_NO_FATAL_FAILURE(moveChild(window, daan, secondGroup));
    const QList<Group> groups = OrganisationStore(*m_own).groups(inge.actor);
    const auto schelpjes =
        std::find_if(groups.begin(), groups.end(), [](const Group& g) { return g.name == secondGroup; });
    ASSERT_NE(schelpjes, groups.end());
    EXPECT_EQ(ChildStore(*m_own).get(inge.actor, daan).groupId, schelpjes->id);
    EXPECT_EQ(ChildStore(*m_own).moves(inge.actor, daan).size(), 1);
    ASSERT_NO_FATAL_FAILURE(expectGoneForPractitioner(nina, daan, {QStringLiteral("Yara Haddad")}));

    // Noor's last day was yesterday: out of the list, back with "include children who left".
    window.showWorkspace(MainWindow::Children);
    ASSERT_NO_FATAL_FAILURE(recordLeaving(window, noor, QDate(2030, 3, 3)));
    EXPECT_EQ(visibleNames(*list),
              (QStringList{QStringLiteral("Daan van der Berg"), QStringLiteral("Yara Haddad")}));
    list->includeLeftBox()->setChecked(true);
    const QString noorLeft =
        QCoreApplication::translate("kz::ChildListModel", "%1 (left %2)")
            .arg(QStringLiteral("Noor Bakker"), QLocale().toString(QDate(2030, 3, 3), QLocale::ShortFormat));
    EXPECT_EQ(visibleNames(*list),
              (QStringList{QStringLiteral("Daan van der Berg"), noorLeft, QStringLiteral("Yara Haddad")}));
    screenshot(&window, QStringLiteral("firstday-14-include-left"));
    EXPECT_EQ(ChildStore(*m_own).get(inge.actor, noor).leaveReason, LeaveReason::Moved);

    // The retention preview: nothing today; two years and a month later, exactly Noor.
    const QString noorInPreview = QCoreApplication::translate("kz::MaintenanceView", "child %1").arg(noor);
    EXPECT_EQ(previewedChildren(inge), QStringList());
    {
        const ScopedClock later(QDate(2032, 4, 6));
        EXPECT_EQ(previewedChildren(inge), QStringList{noorInPreview});
    }
    EXPECT_EQ(previewedChildren(inge), QStringList()) << "the clock is back on 4 March 2030";
}
