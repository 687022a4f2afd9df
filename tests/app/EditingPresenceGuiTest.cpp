#include "AppFixture.h"
#include "ServerDemo.h"
#include "ThrowawayPostgres.h"
#include "children/ChildDialog.h"
#include "children/NeedStepDialog.h"
#include "common/PresenceNote.h"
#include "services/EditingPresence.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/SupportNeedStore.h"

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
