#include "SmallLocationFixture.h"
#include "children/ChildDialog.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "children/GuardiansEditor.h"
#include "children/LeaveChildDialog.h"
#include "children/MoveChildDialog.h"
#include "domain/Labels.h"
#include "shell/MainWindow.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kz;

namespace {

void chooseGroup(QComboBox* box, const QString& name)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).startsWith(name))
            box->setCurrentIndex(i);
}

void fill(ChildDialog& dialog, const QString& given, const QString& family, const QDate& birth,
          const QString& group)
{
    dialog.givenNameEdit()->setText(given);
    dialog.familyNameEdit()->setText(family);
    dialog.birthDateEdit()->setDate(birth);
    chooseGroup(dialog.groupBox(), group);
    dialog.startDateEdit()->setDate(QDate(2029, 9, 3));
}

QStringList visibleNames(const ChildrenView& view)
{
    QStringList names;
    const QAbstractItemModel* model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

QString dossierText(const char* source)
{
    return QCoreApplication::translate("kz::DossierView", source);
}

} // namespace

class ChildrenGuiTest : public SmallLocationFixture
{
};

TEST_F(ChildrenGuiTest, AManagerEnrolsMovesAndRecordsLeaving)
{
    const Session manager = session(m_manager);
    MainWindow window(manager, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ChildrenView* list = window.childrenView();
    ASSERT_TRUE(list->actionButton(QStringLiteral("enrol"))->isVisible());
    EXPECT_EQ(list->visibleRows(), 0);

    // The first child, with a mother who needs an interpreter. A missing family name is refused
    // by core; what was typed stays.
    {
        ChildDialog dialog(manager, 0);
        fill(dialog, QStringLiteral("Yara"), QString(), QDate(2027, 5, 12), QStringLiteral("Egels"));
        dialog.neighbourhoodBox()->setCurrentText(QStringLiteral("Transvaal"));
        dialog.languagesEdit()->setText(QStringLiteral("Arabisch, Nederlands"));
        dialog.externalNumberEdit()->setText(QStringLiteral("K-1001"));
        Guardian mother;
        mother.name = QStringLiteral("Amal Haddad");
        mother.relation = QStringLiteral("moeder");
        mother.preferredLanguage = QStringLiteral("Arabisch");
        mother.interpreterNeeded = true;
        mother.phone = QStringLiteral("06-12345678");
        dialog.guardiansEditor()->addGuardian(mother);
        Guardian father;
        father.name = QStringLiteral("Samir Haddad");
        father.relation = QStringLiteral("vader");
        father.preferredLanguage = QStringLiteral("Nederlands");
        dialog.guardiansEditor()->addGuardian(father);
        dialog.accept();
        EXPECT_NE(dialog.result(), QDialog::Accepted);
        EXPECT_FALSE(dialog.errorText().isEmpty());
        EXPECT_EQ(dialog.givenNameEdit()->text(), QStringLiteral("Yara"));
        EXPECT_EQ(dialog.guardiansEditor()->table()->rowCount(), 2);
        dialog.familyNameEdit()->setText(QStringLiteral("Haddad"));
        dialog.show();
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        screenshot(&dialog, QStringLiteral("child-dialog"));
        QTest::keyClick(dialog.familyNameEdit(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    const qint64 yara = childNamed(QStringLiteral("Yara Haddad"));
    ASSERT_GT(yara, 0);
    EXPECT_EQ(ChildStore(*m_small).get(m_manager, yara).externalNumber, QStringLiteral("K-1001"));
    EXPECT_EQ(GuardianStore(*m_small).list(m_manager, yara).size(), 2);

    // The second and third through the window: Ctrl+Shift+K, then the dialog.
    for (const auto& [given, family, group] :
         {std::tuple{"Daan", "van der Berg", "Egels"}, std::tuple{"Noor", "Bakker", "Uilen"}}) {
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ChildDialog*>(modal);
            ASSERT_NE(dialog, nullptr);
            fill(*dialog, QString::fromLatin1(given), QString::fromLatin1(family), QDate(2026, 11, 3),
                 QString::fromLatin1(group));
            dialog->accept();
            EXPECT_TRUE(dialog->errorText().isEmpty()) << dialog->errorText().toStdString();
        });
        QTest::keyClick(window.childrenView()->table(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    }
    EXPECT_EQ(list->visibleRows(), 3);
    const qint64 daan = childNamed(QStringLiteral("Daan van der Berg"));
    const qint64 noor = childNamed(QStringLiteral("Noor Bakker"));
    ASSERT_GT(daan, 0);
    ASSERT_GT(noor, 0);
    screenshot(&window, QStringLiteral("children-manager"));

    // The dossier header says how to talk with Yara's parents.
    window.openDossier(yara);
    const QString guardians = window.dossierView()->guardiansText();
    EXPECT_TRUE(guardians.contains(QStringLiteral("Amal Haddad"))) << guardians.toStdString();
    EXPECT_TRUE(guardians.contains(QStringLiteral("Arabisch")));
    EXPECT_TRUE(guardians.contains(dossierText("%1: %2, interpreter needed")
                                       .arg(QStringLiteral("Amal Haddad"), QStringLiteral("Arabisch"))));
    EXPECT_FALSE(guardians.contains(dossierText("%1: %2, interpreter needed")
                                        .arg(QStringLiteral("Samir Haddad"), QStringLiteral("Nederlands"))));
    EXPECT_TRUE(window.dossierView()->leftText().isEmpty());
    screenshot(&window, QStringLiteral("dossier-guardians"));

    // Correcting details keeps the guardians and refuses nothing.
    {
        ChildDialog dialog(manager, yara);
        EXPECT_FALSE(dialog.groupBox()->isEnabled());
        EXPECT_EQ(dialog.guardiansEditor()->table()->rowCount(), 2);
        dialog.languagesEdit()->setText(QStringLiteral("Arabisch, Nederlands, Engels"));
        dialog.guardiansEditor()->removeRow(1);
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    EXPECT_EQ(GuardianStore(*m_small).list(m_manager, yara).size(), 1);

    // Daan moves to the Uilen: Pien (Egels) no longer sees him, Ruud (Uilen) does.
    {
        MoveChildDialog dialog(manager, daan);
        chooseGroup(dialog.groupBox(), QStringLiteral("Uilen"));
        EXPECT_TRUE(dialog.explanationText().contains(QStringLiteral("Egels")));
        EXPECT_TRUE(dialog.explanationText().contains(QStringLiteral("Uilen")));
        screenshot(&dialog, QStringLiteral("move-child"));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    const Session pien = session(m_egels);
    ChildrenView pienList(pien);
    EXPECT_EQ(visibleNames(pienList), QStringList{QStringLiteral("Yara Haddad")});
    EXPECT_FALSE(pienList.actionButton(QStringLiteral("enrol"))->isVisibleTo(&pienList));
    const Session ruud = session(m_uilen);
    ChildrenView ruudList(ruud);
    EXPECT_TRUE(visibleNames(ruudList).contains(QStringLiteral("Daan van der Berg")));
    ASSERT_EQ(ChildStore(*m_small).moves(m_manager, daan).size(), 1);
    EXPECT_EQ(ChildStore(*m_small).moves(m_manager, daan).constFirst().fromGroupId, m_egelsGroup);

    // Noor leaves for primary school yesterday: out of the list, back with "include children who left".
    {
        LeaveChildDialog dialog(manager, noor);
        dialog.dateEdit()->setDate(QDate(2030, 3, 3));
        dialog.reasonBox()->setCurrentIndex(0);
        EXPECT_TRUE(dialog.retentionText().contains(QStringLiteral("03-03-2032")))
            << dialog.retentionText().toStdString();
        screenshot(&dialog, QStringLiteral("leave-child"));
        whenModal([](QWidget* box) {
            auto* question = qobject_cast<QMessageBox*>(box);
            ASSERT_NE(question, nullptr);
            EXPECT_TRUE(question->text().contains(QStringLiteral("03-03-2032")));
            screenshot(question, QStringLiteral("leave-child-confirm"));
            question->button(QMessageBox::Yes)->click();
        });
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    list->reload();
    EXPECT_EQ(list->visibleRows(), 2);
    EXPECT_FALSE(visibleNames(*list).join(QLatin1Char('|')).contains(QStringLiteral("Noor")));
    list->includeLeftBox()->setChecked(true);
    EXPECT_EQ(list->visibleRows(), 3);
    window.showWorkspace(MainWindow::Children);
    screenshot(&window, QStringLiteral("children-include-left"));
    window.openDossier(noor);
    EXPECT_TRUE(window.dossierView()->leftText().contains(Labels::leaveReason(LeaveReason::PrimarySchool)))
        << window.dossierView()->leftText().toStdString();
    EXPECT_EQ(ChildStore(*m_small).get(m_manager, noor).leaveReason, LeaveReason::PrimarySchool);
    screenshot(&window, QStringLiteral("dossier-left"));
}

TEST_F(ChildrenGuiTest, PractitionersSeeNoEnrolmentActions)
{
    Child child;
    child.givenName = QStringLiteral("Sem");
    child.familyName = QStringLiteral("Visser");
    child.birthDate = QDate(2027, 1, 9);
    child.groupId = m_egelsGroup;
    child.startDate = QDate(2030, 1, 6);
    const qint64 sem = ChildStore(*m_small).create(m_manager, child);

    const Session pien = session(m_egels);
    MainWindow window(pien, *m_languages, *m_settings);
    window.show();
    for (const char* name : {"enrol", "edit", "move", "leave", "import"})
        EXPECT_FALSE(window.childrenView()->actionButton(QString::fromLatin1(name))->isVisible()) << name;
    window.openDossier(sem);
    EXPECT_FALSE(window.dossierView()->findChild<QPushButton*>(QStringLiteral("childMenu"))->isVisible());
    // Even with the dialog in hand she cannot move the child: she has no other group to choose.
    MoveChildDialog move(pien, sem);
    move.accept();
    EXPECT_NE(move.result(), QDialog::Accepted);
    EXPECT_FALSE(move.errorText().isEmpty());
}
