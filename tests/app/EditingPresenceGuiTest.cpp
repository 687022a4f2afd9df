#include "AppFixture.h"
#include "ServerDemo.h"
#include "ThrowawayPostgres.h"
#include "children/ChildDialog.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "common/PresenceNote.h"
#include "services/EditingPresence.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"
#include "store/SupportNeedStore.h"

#include <QComboBox>
#include <QTest>

using namespace kz;

// On the organisation's server, Saskia opens the details of a child whose file Fatima has open
// for editing on another computer: the dialog says so, as a hint, and stops saying it once
// Fatima has closed hers.
class EditingPresenceGuiTest : public AppFixture
{
protected:
    static PresenceNote* noteOf(QWidget* dialog) { return dialog->findChild<PresenceNote*>(); }
};

TEST_F(EditingPresenceGuiTest, ADialogNamesWhoElseHasTheChildOpenUntilSheClosesIt)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ServerDemo demo(*socket);
    ASSERT_TRUE(demo.created());
    const QString& address = demo.address();
    const Database fatimas = Database::open(address);
    const Database saskias = Database::open(address);
    const Actor fatima = ServerDemo::login(fatimas, QStringLiteral("fatima"));
    const Session saskia{saskias, ServerDemo::login(saskias, QStringLiteral("saskia"))};
    // A child of Fatima's group with a support need, so that a need's step can be opened too.
    qint64 child = 0;
    QList<SupportNeed> needs;
    for (const ChildSummary& s : ChildStore(fatimas).list(fatima)) {
        needs = SupportNeedStore(fatimas).forChild(fatima, s.child.id);
        if (!needs.isEmpty()) {
            child = s.child.id;
            break;
        }
    }
    ASSERT_NE(child, 0);

    auto fatimaEditing = std::make_unique<EditingPresence>(fatimas, fatima, child);
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        ChildDialog dialog(saskia, child);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ASSERT_NE(noteOf(&dialog), nullptr);
        EXPECT_TRUE(noteOf(&dialog)->isVisible());
        EXPECT_TRUE(noteOf(&dialog)->text().contains(fatima.displayName))
            << qPrintable(noteOf(&dialog)->text());
        screenshot(&dialog, QStringLiteral("editing-presence-") + language);
    }

    // Fatima sees Saskia in a step on one of the child's needs, while Saskia's dialog is open.
    {
        const ChildDialog saskiasDialog(saskia, child);
        const Session fatimaSession{fatimas, fatima};
        NeedStepDialog step(fatimaSession, NeedStepDialog::Step::ReviewDate, needs.first());
        EXPECT_TRUE(noteOf(&step)->text().contains(saskia.actor.displayName));
    }

    ChildDialog dialog(saskia, child);
    fatimaEditing.reset(); // Fatima closes her dialog
    noteOf(&dialog)->refresh();
    EXPECT_TRUE(noteOf(&dialog)->isHidden());
}

// Saskia logs an observation about a child whose file Fatima has open: the dialog names Fatima as
// soon as the child is chosen (before it opens, in the chooser, or by changing a note of the child),
// and Fatima sees Saskia for that child only while it is the one chosen.
TEST_F(EditingPresenceGuiTest, TheObservationDialogNamesWhoElseHasTheChosenChildOpen)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ServerDemo demo(*socket);
    ASSERT_TRUE(demo.created());
    const Database fatimas = Database::open(demo.address());
    const Database saskias = Database::open(demo.address());
    const Actor fatima = ServerDemo::login(fatimas, QStringLiteral("fatima"));
    const Session saskia{saskias, ServerDemo::login(saskias, QStringLiteral("saskia"))};
    DraftStore(saskias).discard(saskia.actor); // a draft would choose its own child
    const QList<ChildSummary> children = ChildStore(fatimas).list(fatima);
    ASSERT_GE(children.size(), 2);
    const qint64 child = children.at(0).child.id;
    const qint64 other = children.at(1).child.id;
    const EditingPresence fatimaEditing(fatimas, fatima, child);
    const QStringList justSaskia{saskia.actor.displayName};

    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        ObservationDialog dialog(saskia, child);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_TRUE(dialog.presenceNote()->isVisible());
        EXPECT_TRUE(dialog.presenceNote()->text().contains(fatima.displayName))
            << qPrintable(dialog.presenceNote()->text());
        EXPECT_EQ(fatimaEditing.others(), justSaskia);
        screenshot(&dialog, QStringLiteral("observation-presence-") + language);
    }
    EXPECT_TRUE(fatimaEditing.others().isEmpty()); // a closed dialog leaves no mark

    ObservationDialog choosing(saskia, 0);
    choosing.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&choosing));
    EXPECT_TRUE(choosing.presenceNote()->isHidden()); // no child yet: nobody to name
    EXPECT_TRUE(fatimaEditing.others().isEmpty());
    choosing.childBox()->setCurrentIndex(choosing.childBox()->findData(child));
    EXPECT_TRUE(choosing.presenceNote()->isVisible());
    EXPECT_TRUE(choosing.presenceNote()->text().contains(fatima.displayName));
    EXPECT_EQ(fatimaEditing.others(), justSaskia);
    choosing.childBox()->setCurrentIndex(choosing.childBox()->findData(other));
    EXPECT_TRUE(choosing.presenceNote()->isHidden()); // nobody else has this one open
    EXPECT_TRUE(fatimaEditing.others().isEmpty());    // the mark went with the choice

    const QList<Observation> notes = ObservationStore(saskias).forChild(saskia.actor, child);
    ASSERT_FALSE(notes.isEmpty());
    const ObservationDialog editing(saskia, child, nullptr, notes.constFirst());
    EXPECT_TRUE(editing.presenceNote()->text().contains(fatima.displayName));
}

TEST_F(EditingPresenceGuiTest, OnAFileNobodyElseIsNamed)
{
    const Session fatima{*m_db, login(QStringLiteral("fatima"))};
    const qint64 child = ChildStore(*m_db).list(fatima.actor).constFirst().child.id;
    const Database other = Database::open(demoPath());
    const EditingPresence elsewhere(other, login(QStringLiteral("saskia")), child);
    ChildDialog dialog(fatima, child);
    ASSERT_NE(noteOf(&dialog), nullptr);
    EXPECT_TRUE(noteOf(&dialog)->isHidden());
}
