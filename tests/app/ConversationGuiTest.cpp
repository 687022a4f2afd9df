#include "AppFixture.h"
#include "Clock.h"
#include "children/DossierView.h"
#include "conversations/ConversationDialog.h"
#include "conversations/ParentSummaryDialog.h"
#include "db/SqlQuery.h"
#include "domain/Guardian.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/ConversationStore.h"
#include "store/GuardianStore.h"
#include "store/ParentSummaryStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace kz;

// Talking with parents from the dossier: the conversation and the summary for parents, as Saskia.
class ConversationGuiTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        m_session = std::make_unique<Session>(Session{*m_db, login(QStringLiteral("saskia"))});
    }
    // A child one of whose parents needs an interpreter.
    qint64 childWithInterpreter() const
    {
        for (const ChildSummary& s : ChildStore(*m_db).list(m_session->actor))
            for (const Guardian& g : GuardianStore(*m_db).list(m_session->actor, s.child.id))
                if (g.interpreterNeeded)
                    return s.child.id;
        return 0;
    }
    // A child with an open language need and a referral: a summary with every section.
    qint64 childWaitingForSpeechTherapy() const
    {
        SqlQuery q(*m_db,
                   QStringLiteral("SELECT n.child_id FROM referrals r JOIN support_needs n ON n.id = "
                                  "r.need_id JOIN domains d ON d.id = n.domain_id JOIN children c ON c.id = "
                                  "n.child_id JOIN groups g ON g.id = "
                                  "c.group_id WHERE g.location_id = 1 AND r.status = 'waiting' AND d.code = "
                                  "'language' ORDER BY "
                                  "n.child_id LIMIT 1"));
        return q.scalar().value_or(0).toLongLong();
    }

    std::unique_ptr<Session> m_session;
};

TEST_F(ConversationGuiTest, AConversationIsRecordedFromTheDossierWithTheKeyboard)
{
    const qint64 child = childWithInterpreter();
    ASSERT_GT(child, 0);
    DossierView view(*m_session);
    view.resize(1200, 760);
    view.show();
    view.showChild(child);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const int before = static_cast<int>(ConversationStore(*m_db).forChild(m_session->actor, child).size());

    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ConversationDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        // Prefilled from the parents: their names, Dutch with an interpreter in their language.
        EXPECT_TRUE(dialog->interpreter()->isChecked());
        EXPECT_FALSE(dialog->interpreterLanguage()->text().isEmpty());
        EXPECT_EQ(dialog->language()->currentText(), QStringLiteral("Nederlands"));
        EXPECT_TRUE(dialog->participants()->text().contains(m_session->actor.displayName));
        EXPECT_EQ(QApplication::focusWidget(), dialog->discussed());
        // Saving without what was discussed is refused in the dialog, which stays open.
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->error()->text().isEmpty());
        QTest::keyClicks(dialog->discussed(),
                         QStringLiteral("How the talking goes at home and in the group."));
        QTest::keyClick(dialog->discussed(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Reading together every day."));
        dialog->error()->hide();
        screenshot(dialog, QStringLiteral("conversation-dialog"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    view.conversationAction()->trigger();

    const QList<ParentConversation> after = ConversationStore(*m_db).forChild(m_session->actor, child);
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.constFirst().agreed, QStringLiteral("Reading together every day."));
    EXPECT_TRUE(after.constFirst().interpreterUsed);
    EXPECT_EQ(after.constFirst().nextOn, Clock::today().addDays(42));
    bool inTimeline = false;
    for (int i = 0; i < view.timeline()->topLevelItemCount(); ++i)
        inTimeline |=
            view.timeline()->topLevelItem(i)->text(3).contains(QStringLiteral("Reading together every day."));
    EXPECT_TRUE(inTimeline);
    screenshot(&view, QStringLiteral("dossier-with-conversation"));
}

TEST_F(ConversationGuiTest, TheSummaryForParentsIsEditedCheckedAndKept)
{
    const qint64 child = childWaitingForSpeechTherapy();
    ASSERT_GT(child, 0);
    ParentSummaryDialog dialog(*m_session, child);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.findings()->count(), 0); // as written from the file: plain enough
    EXPECT_FALSE(dialog.section(0)->toPlainText().isEmpty());
    screenshot(&dialog, QStringLiteral("parent-summary-dialog"));

    // A hard sentence is flagged as it is typed.
    dialog.section(1)->appendPlainText(QStringLiteral(
        "De signalering op niveau 2 blijft staan tot de evaluatie met de logopedist in maart."));
    EXPECT_GE(dialog.findings()->count(), 2);
    screenshot(&dialog, QStringLiteral("parent-summary-dialog-findings"));

    // Another language writes it again, after asking (the text was edited).
    whenModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    dialog.language()->setCurrentIndex(dialog.language()->findData(QStringLiteral("en")));
    EXPECT_EQ(dialog.content().language, QStringLiteral("en"));
    EXPECT_EQ(dialog.findings()->count(), 0);
    screenshot(&dialog, QStringLiteral("parent-summary-dialog-english"));

    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    ASSERT_TRUE(dialog.saveAs(pdf)) << dialog.error()->text().toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
    const QList<ParentSummarySnapshot> kept = ParentSummaryStore(*m_db).forChild(m_session->actor, child);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.constFirst().content, dialog.content());

    // Without what goes well nothing is given.
    dialog.section(0)->clear();
    EXPECT_FALSE(dialog.saveAs(pdf));
    EXPECT_FALSE(dialog.error()->text().isEmpty());
    EXPECT_EQ(ParentSummaryStore(*m_db).forChild(m_session->actor, child).size(), 1);
}

TEST_F(ConversationGuiTest, ThePrintedSummaryIsKeptAfterThePreview)
{
    const qint64 child = childWaitingForSpeechTherapy();
    ParentSummaryDialog dialog(*m_session, child);
    dialog.show();
    whenModal([](QWidget* modal) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
        ASSERT_NE(preview, nullptr);
        screenshot(preview, QStringLiteral("parent-summary-preview"));
        preview->accept();
    });
    dialog.printButton()->click();
    EXPECT_EQ(ParentSummaryStore(*m_db).forChild(m_session->actor, child).size(), 1);
}
