// The observation dialog's child chooser at organisation scale: it holds the children whose name
// matches what is typed, never everyone a director may see.
#include "../QtPrinters.h"
#include "children/ObservationDialog.h"
#include "db/Database.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "services/Authenticator.h"
#include "shell/Session.h"
#include "store/ChildOverviewQuery.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

using namespace kz;

namespace {

// Among the last children by name (not among the first fifty the chooser starts with), one whose
// full name no other child has, in ASCII letters (QTest::keyClicks types no others).
ChildSummary lastUniqueByName(const Database& db, const Actor& actor)
{
    for (const ChildSummary& s :
         ChildOverviewQuery(db, actor, {}, ChildOverviewSort::Name, true).page(0, 40)) {
        const QString name = s.child.fullName();
        if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 128; }) &&
            ChildOverviewQuery(db, actor, {.name = name}).count() == 1)
            return s;
    }
    ADD_FAILURE() << "every name at the end of the list is shared";
    return {};
}

} // namespace

TEST(ObservationChildChooserTest, ADirectorFindsAnyChildByNameWithoutLoadingEveryone)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("organisation.db")));
    SyntheticOrganisation::generate(db, {.locations = 4, .children = 600, .observations = 600});
    const Session session{db,
                          Authenticator::login(db, QString::fromLatin1(SyntheticOrganisation::directieName),
                                               QString::fromLatin1(DemoDatabase::password))};
    const ChildOverviewQuery everyone(db, session.actor);
    ASSERT_GT(everyone.count(), 500);
    const ChildSummary last = lastUniqueByName(db, session.actor);

    ObservationDialog dialog(session, 0);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QComboBox* chooser = dialog.childBox();
    EXPECT_LE(chooser->count(), 51); // the empty choice and the first fifty
    EXPECT_EQ(chooser->findData(last.child.id), -1);

    QTest::keyClicks(chooser->lineEdit(), last.child.fullName());
    EXPECT_EQ(chooser->lineEdit()->text(), last.child.fullName()); // the text stays as typed
    EXPECT_EQ(chooser->findData(last.child.id), -1); // asked once the typing pauses, not per key
    QAbstractItemView* popup = chooser->completer()->popup();
    QTRY_VERIFY(popup->isVisible() && chooser->findData(last.child.id) >= 0);
    EXPECT_LE(chooser->count(), 51);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(chooser->currentData().toLongLong(), last.child.id);
    EXPECT_EQ(chooser->currentText(), last.child.fullName() + QStringLiteral(" · ") + last.groupName);
}

// A child chosen before the dialog opens is in the chooser even when not among the first fifty.
TEST(ObservationChildChooserTest, APreselectedChildIsChosenWhereverItIsInTheList)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("organisation.db")));
    SyntheticOrganisation::generate(db, {.locations = 4, .children = 600, .observations = 600});
    const Session session{db,
                          Authenticator::login(db, QString::fromLatin1(SyntheticOrganisation::directieName),
                                               QString::fromLatin1(DemoDatabase::password))};
    const ChildSummary last = lastUniqueByName(db, session.actor);
    ObservationDialog dialog(session, last.child.id);
    EXPECT_EQ(dialog.childBox()->currentData().toLongLong(), last.child.id);
    EXPECT_EQ(dialog.childBox()->currentText(),
              last.child.fullName() + QStringLiteral(" · ") + last.groupName);
}

// Enter right after typing does not wait for the pause: it picks the first child matching the text.
TEST(ObservationChildChooserTest, EnterRightAfterTypingPicksTheMatchAtOnce)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("organisation.db")));
    SyntheticOrganisation::generate(db, {.locations = 4, .children = 600, .observations = 600});
    const Session session{db,
                          Authenticator::login(db, QString::fromLatin1(SyntheticOrganisation::directieName),
                                               QString::fromLatin1(DemoDatabase::password))};
    const ChildSummary last = lastUniqueByName(db, session.actor);

    ObservationDialog dialog(session, 0);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QComboBox* chooser = dialog.childBox();
    QTest::keyClicks(chooser->lineEdit(), last.child.fullName());
    QAbstractItemView* popup = chooser->completer()->popup();
    QTest::keyClick(popup->isVisible() ? static_cast<QWidget*>(popup) : chooser->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(chooser->currentData().toLongLong(), last.child.id);
    EXPECT_EQ(chooser->currentText(), last.child.fullName() + QStringLiteral(" · ") + last.groupName);
}
