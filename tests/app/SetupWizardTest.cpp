#include "admin/SetupWizard.h"

#include "AppFixture.h"
#include "admin/LocationForm.h"
#include "admin/OrganisationView.h"
#include "admin/SetupGroupsEditor.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace kz;

class SetupWizardTest : public AppFixture
{
protected:
    static Group group(const QString& name, GroupKind kind, int fromMonths, int toMonths, int capacity)
    {
        Group g;
        g.name = name;
        g.kind = kind;
        g.minAgeMonths = fromMonths;
        g.maxAgeMonths = toMonths;
        g.capacity = capacity;
        return g;
    }

    static void fillLocation(LocationForm* form)
    {
        form->nameEdit()->setText(QStringLiteral("Kindcentrum De Zeester"));
        form->lrkEdit()->setText(QStringLiteral("987654321"));
        form->addressEdit()->setText(QStringLiteral("Duinstraat 7"));
        form->postcodeEdit()->setText(QStringLiteral("2584 AZ"));
        form->cityEdit()->setText(QStringLiteral("Den Haag"));
    }
};

TEST_F(SetupWizardTest, FromAnEmptyFileToAnAdministratorOnHerLocationAndTwoGroups)
{
    const Database db = Database::open(m_dir.filePath(QStringLiteral("eigen.db")));
    ASSERT_FALSE(UserStore(db).hasUsers());
    SetupWizard wizard(db);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    // The organisation's name is needed before anything else.
    wizard.next();
    EXPECT_EQ(wizard.currentId(), SetupWizard::OrganisationPage);
    EXPECT_FALSE(wizard.errorText().isEmpty());
    QTest::keyClicks(wizard.organisationEdit(), QStringLiteral("Kinderopvang Het Duin"));
    screenshot(&wizard, QStringLiteral("setup-1-organisation"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::LocationPage);

    LocationForm* location = wizard.locationForm();
    fillLocation(location);
    // A known wijk brings its stadsdeel along.
    location->neighbourhoodCombo()->setCurrentText(QStringLiteral("Duinoord"));
    EXPECT_EQ(location->districtCombo()->currentText(), QStringLiteral("Segbroek"));
    location->lrkEdit()->setText(QStringLiteral("12345"));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), SetupWizard::LocationPage) << "a short LRK number is refused on its page";
    EXPECT_TRUE(wizard.errorText().contains(QStringLiteral("LRK"))) << wizard.errorText().toStdString();
    screenshot(&wizard, QStringLiteral("setup-2-location-refused"));
    location->lrkEdit()->setText(QStringLiteral("987654321"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::GroupsPage);

    SetupGroupsEditor* groups = wizard.groupsEditor();
    wizard.next();
    EXPECT_EQ(wizard.currentId(), SetupWizard::GroupsPage) << "at least one group";
    EXPECT_FALSE(wizard.errorText().isEmpty());
    groups->setRow(0, group(QStringLiteral("Zeepaardjes"), GroupKind::Kdv, 0, 48, 14));
    groups->setRow(groups->addRow(), group(QStringLiteral("Schelpjes"), GroupKind::Peuteropvang, 24, 48, 16));
    screenshot(&wizard, QStringLiteral("setup-3-groups"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::AdministratorPage);

    EXPECT_TRUE(wizard.managerBox()->isChecked()) << "the administrator is its locatiemanager by default";
    wizard.displayNameEdit()->setText(QStringLiteral("Inge Visser"));
    wizard.usernameEdit()->setText(QStringLiteral("inge"));
    wizard.passwordEdit()->setText(QStringLiteral("duin-en-zee-2030"));
    wizard.repeatEdit()->setText(QStringLiteral("duin-en-zee-2031"));
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_TRUE(wizard.isVisible()) << "different passwords keep the wizard open";
    EXPECT_FALSE(wizard.errorText().isEmpty());
    EXPECT_FALSE(UserStore(db).hasUsers());
    wizard.passwordEdit()->setText(QStringLiteral("kort"));
    wizard.repeatEdit()->setText(QStringLiteral("kort"));
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_TRUE(wizard.isVisible()) << "core's strength rule refuses a short password";
    EXPECT_FALSE(wizard.errorText().isEmpty());
    screenshot(&wizard, QStringLiteral("setup-4-administrator-refused"));
    wizard.passwordEdit()->setText(QStringLiteral("duin-en-zee-2030"));
    wizard.repeatEdit()->setText(QStringLiteral("duin-en-zee-2030"));
    wizard.button(QWizard::FinishButton)->click();
    ASSERT_EQ(wizard.result(), QDialog::Accepted) << wizard.errorText().toStdString();
    ASSERT_TRUE(wizard.administrator().has_value());
    const Actor inge = *wizard.administrator();
    EXPECT_EQ(inge.username, QStringLiteral("inge"));
    EXPECT_TRUE(inge.hasRole(Role::Admin));
    EXPECT_TRUE(inge.hasRole(Role::Manager));

    const Session session{db, inge};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    window.showOrganisation();
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Administration);
    OrganisationView* organisation = window.organisationView();
    ASSERT_NE(organisation, nullptr);
    EXPECT_TRUE(organisation->isVisible());
    QTreeWidget* tree = organisation->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem* zeester = tree->topLevelItem(0);
    EXPECT_EQ(zeester->text(OrganisationView::NameColumn), QStringLiteral("Kindcentrum De Zeester"));
    EXPECT_EQ(zeester->text(OrganisationView::AreaColumn), QStringLiteral("Segbroek · Duinoord"));
    ASSERT_EQ(zeester->childCount(), 2);
    EXPECT_EQ(OrganisationStore(db).organisationName(), QStringLiteral("Kinderopvang Het Duin"));
    const QList<Group> made = OrganisationStore(db).groups(inge);
    ASSERT_EQ(made.size(), 2);
    EXPECT_EQ(made.at(0).name, QStringLiteral("Schelpjes"));
    EXPECT_EQ(made.at(0).kind, GroupKind::Peuteropvang);
    EXPECT_EQ(made.at(0).minAgeMonths, 24);
    EXPECT_EQ(made.at(1).capacity, 14);
    screenshot(&window, QStringLiteral("setup-5-main-window-1280x720"));
}

TEST_F(SetupWizardTest, ADatabaseWithAccountsIsNotSetUpAgain)
{
    SetupWizard wizard(*m_db);
    wizard.show(); // the wizard starts on its first page when shown
    wizard.organisationEdit()->setText(QStringLiteral("Tweede poging"));
    wizard.next();
    fillLocation(wizard.locationForm());
    wizard.next();
    wizard.groupsEditor()->setRow(0, group(QStringLiteral("Krabbetjes"), GroupKind::Kdv, 0, 48, 12));
    wizard.next();
    wizard.displayNameEdit()->setText(QStringLiteral("Iemand Anders"));
    wizard.usernameEdit()->setText(QStringLiteral("anders"));
    wizard.passwordEdit()->setText(QStringLiteral("duin-en-zee-2030"));
    wizard.repeatEdit()->setText(QStringLiteral("duin-en-zee-2030"));
    ASSERT_EQ(wizard.currentId(), SetupWizard::AdministratorPage);
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_NE(wizard.result(), QDialog::Accepted);
    EXPECT_FALSE(wizard.errorText().isEmpty());
    EXPECT_FALSE(wizard.administrator().has_value());
}
