#include "admin/OrganisationView.h"

#include "AppFixture.h"
#include "admin/AgeRangeEdit.h"
#include "admin/GroupDialog.h"
#include "admin/LocationDialog.h"
#include "admin/LocationForm.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/OrganisationStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace kz;

class OrganisationViewTest : public AppFixture
{
protected:
    static int groupCount(const QTreeWidget* tree)
    {
        int count = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            count += tree->topLevelItem(i)->childCount();
        return count;
    }

    static void answerQuestion(QMessageBox::StandardButton answer)
    {
        whenModal([answer](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            ASSERT_NE(box, nullptr);
            box->button(answer)->click();
        });
    }
};

TEST_F(OrganisationViewTest, AnAdministratorAddsALocationWithAGroupAndArchivesIt)
{
    const Session admin{*m_db, login(QStringLiteral("beheer"))};
    MainWindow window(admin, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    window.showOrganisation();
    OrganisationView* view = window.organisationView();
    ASSERT_NE(view, nullptr);
    QTreeWidget* tree = view->tree();
    EXPECT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_EQ(groupCount(tree), 7);
    screenshot(&window, QStringLiteral("organisation-1280x720"));

    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<LocationDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->form()->nameEdit()->setText(QStringLiteral("Kindcentrum De Kievit"));
        dialog->form()->lrkEdit()->setText(QStringLiteral("123"));
        dialog->form()->neighbourhoodCombo()->setCurrentText(QStringLiteral("Vogelwijk"));
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible()) << "a bad LRK number keeps the dialog open";
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("LRK")));
        screenshot(dialog, QStringLiteral("location-dialog-refused"));
        dialog->form()->lrkEdit()->setText(QStringLiteral("123456780"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorText().toStdString();
    });
    view->newLocationButton()->click();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    const QTreeWidgetItem* kievit = tree->currentItem();
    ASSERT_NE(kievit, nullptr);
    EXPECT_EQ(kievit->text(OrganisationView::NameColumn), QStringLiteral("Kindcentrum De Kievit"));
    EXPECT_EQ(kievit->text(OrganisationView::AreaColumn), QStringLiteral("Segbroek · Vogelwijk"));

    // With the new location selected, a new group belongs to it.
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<GroupDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->locationCombo()->currentText(), QStringLiteral("Kindcentrum De Kievit"));
        dialog->nameEdit()->setText(QStringLiteral("Kieviten"));
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(static_cast<int>(GroupKind::Bso)));
        EXPECT_EQ(dialog->ageRange()->fromMonths(), 48) << "a BSO group starts at four";
        dialog->capacitySpin()->setValue(22);
        screenshot(dialog, QStringLiteral("group-dialog"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorText().toStdString();
    });
    view->newGroupButton()->click();
    EXPECT_EQ(groupCount(tree), 8);
    const QTreeWidgetItem* kieviten = tree->currentItem();
    ASSERT_NE(kieviten, nullptr);
    EXPECT_EQ(kieviten->type(), OrganisationView::GroupItem);
    EXPECT_EQ(kieviten->text(OrganisationView::AgesColumn), AgeRangeEdit::describe(48, 156));
    EXPECT_EQ(kieviten->text(OrganisationView::CapacityColumn), QStringLiteral("22"));
    screenshot(&window, QStringLiteral("organisation-with-new-location"));

    // The empty group may be archived; it leaves the list and the choices, and shows greyed on request.
    const qint64 kievitenId = kieviten->data(OrganisationView::NameColumn, Qt::UserRole).toLongLong();
    answerQuestion(QMessageBox::Yes);
    view->archiveButton()->click();
    EXPECT_EQ(groupCount(tree), 7);
    for (const Group& g : OrganisationStore(*m_db).groups(admin.actor))
        EXPECT_NE(g.id, kievitenId);
    view->showArchivedBox()->setChecked(true);
    EXPECT_EQ(groupCount(tree), 8);
    ASSERT_TRUE(view->select(OrganisationView::GroupItem, kievitenId));
    EXPECT_TRUE(tree->currentItem()->text(OrganisationView::NameColumn).contains(QStringLiteral("Kieviten")));
    EXPECT_FALSE(view->archiveButton()->isEnabled());
    screenshot(&window, QStringLiteral("organisation-show-archived"));
}

TEST_F(OrganisationViewTest, AGroupWithChildrenIsNotArchivedAndCoreSaysWhy)
{
    const Session admin{*m_db, login(QStringLiteral("beheer"))};
    OrganisationView view(admin);
    QSignalSpy failed(&view, &OrganisationView::failed);
    qint64 egeltjes = 0;
    for (const Group& g : OrganisationStore(*m_db).groups(admin.actor))
        if (g.name == QLatin1String("Egeltjes"))
            egeltjes = g.id;
    ASSERT_TRUE(view.select(OrganisationView::GroupItem, egeltjes));

    answerQuestion(QMessageBox::No);
    view.archiveSelected();
    EXPECT_EQ(failed.count(), 0);
    EXPECT_FALSE(OrganisationStore(*m_db).group(admin.actor, egeltjes).archived) << "No archives nothing";

    answerQuestion(QMessageBox::Yes);
    view.archiveSelected();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
    EXPECT_FALSE(OrganisationStore(*m_db).group(admin.actor, egeltjes).archived);
    EXPECT_EQ(groupCount(view.tree()), 7);

    // A location with children is refused as a whole, its groups stay.
    ASSERT_TRUE(view.select(OrganisationView::LocationItem,
                            OrganisationStore(*m_db).locations(admin.actor).at(0).id));
    answerQuestion(QMessageBox::Yes);
    view.archiveSelected();
    EXPECT_EQ(failed.count(), 2);
    EXPECT_EQ(view.tree()->topLevelItemCount(), 2);
}

TEST_F(OrganisationViewTest, EditingAGroupKeepsItsLocationAndRefusesADuplicateName)
{
    const Session admin{*m_db, login(QStringLiteral("beheer"))};
    const QList<Group> groups = OrganisationStore(*m_db).groups(admin.actor);
    const Group dolfijnen = *std::find_if(
        groups.cbegin(), groups.cend(), [](const Group& g) { return g.name == QLatin1String("Dolfijnen"); });
    GroupDialog dialog(admin, dolfijnen);
    EXPECT_FALSE(dialog.locationCombo()->isEnabled());
    EXPECT_EQ(dialog.ageRange()->fromMonths(), 24);
    EXPECT_EQ(dialog.ageRange()->toMonths(), 48);
    dialog.nameEdit()->setText(QStringLiteral("Egeltjes"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("Egeltjes")) << "nothing typed is lost";
    dialog.nameEdit()->setText(QStringLiteral("Dolfijntjes"));
    dialog.capacitySpin()->setValue(12);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    const Group changed = OrganisationStore(*m_db).group(admin.actor, dolfijnen.id);
    EXPECT_EQ(changed.name, QStringLiteral("Dolfijntjes"));
    EXPECT_EQ(changed.capacity, 12);
    EXPECT_EQ(changed.locationId, dolfijnen.locationId);
}
