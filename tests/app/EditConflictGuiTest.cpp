#include "AppFixture.h"
#include "Clock.h"
#include "access/AuditLog.h"
#include "children/ChildDialog.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "common/EditConflictDialog.h"
#include "common/SetAsideText.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/SupportNeedStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace kz;

// Two workstations: this window as Fatima (or Marco), the other one as Saskia on a connection of
// its own. Saskia saves first; saving here shows who did it and when, and whatever is chosen, the
// text typed here is never thrown away unasked.
class EditConflictGuiTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        m_other = std::make_unique<Database>(Database::open(demoPath()));
        m_fatima = std::make_unique<Session>(Session{*m_db, login(QStringLiteral("fatima"))});
        m_saskia = login(QStringLiteral("saskia"));
    }

    qint64 noteOfFatima(const QString& body)
    {
        const qint64 child = ChildStore(*m_db).list(m_fatima->actor).constFirst().child.id;
        Observation o;
        o.childId = child;
        o.observedAt = Clock::nowUtc().addSecs(-3600);
        o.body = body;
        o.domainIds = {1};
        return ObservationStore(*m_db).create(m_fatima->actor, o);
    }
    void saskiaRewrites(qint64 observationId, const QString& body)
    {
        Observation o = ObservationStore(*m_other).get(m_saskia, observationId);
        o.body = body;
        ObservationStore(*m_other).edit(m_saskia, o);
    }
    // Answers the conflict dialog that saving shows with `pick`, after checking what it says.
    void answerConflict(const QString& typed, const QString& theirs, const QString& shot,
                        std::function<QPushButton*(EditConflictDialog*)> pick)
    {
        whenModal([=](QWidget* modal) {
            auto* dialog = qobject_cast<EditConflictDialog*>(modal);
            ASSERT_NE(dialog, nullptr);
            EXPECT_EQ(dialog->yoursView()->toPlainText(), typed);
            EXPECT_TRUE(dialog->yoursView()->isReadOnly());
            EXPECT_TRUE(dialog->theirsView()->isHidden());
            EXPECT_TRUE(dialog->findChild<QLabel*>() != nullptr);
            screenshot(dialog, shot);
            dialog->showTheirsButton()->click();
            EXPECT_FALSE(dialog->theirsView()->isHidden());
            EXPECT_EQ(dialog->theirsView()->toPlainText(), theirs);
            screenshot(dialog, shot + QStringLiteral("-theirs"));
            pick(dialog)->click();
        });
    }

    std::unique_ptr<Database> m_other;
    std::unique_ptr<Session> m_fatima;
    Actor m_saskia;
};

TEST_F(EditConflictGuiTest, BackToEditingKeepsTheTypedTextInTheForm)
{
    const qint64 id = noteOfFatima(QStringLiteral("Bouwde een toren van blokken."));
    ObservationDialog dialog(*m_fatima, 0, nullptr, ObservationStore(*m_db).get(m_fatima->actor, id));
    dialog.show();
    const QString typed = QStringLiteral("Bouwde een toren van tien blokken en telde ze hardop.");
    dialog.textEdit()->selectAll();
    QTest::keyClicks(dialog.textEdit(), typed);
    saskiaRewrites(id, QStringLiteral("Bouwde een toren; vroeg om hulp bij de bovenste blokken."));

    answerConflict(typed, QStringLiteral("Bouwde een toren; vroeg om hulp bij de bovenste blokken."),
                   QStringLiteral("edit-conflict-dialog"),
                   [](EditConflictDialog* d) { return d->backButton(); });
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.textEdit()->toPlainText(), typed);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Saskia de Wit")))
        << dialog.errorText().toStdString();
    screenshot(&dialog, QStringLiteral("edit-conflict-back-to-editing"));
    EXPECT_EQ(ObservationStore(*m_db).get(m_fatima->actor, id).body,
              QStringLiteral("Bouwde een toren; vroeg om hulp bij de bovenste blokken."));
}

TEST_F(EditConflictGuiTest, KeepMineSavesTheTypedTextOverTheirsAndTheAuditSaysSo)
{
    const qint64 id = noteOfFatima(QStringLiteral("Speelde met water."));
    ObservationDialog dialog(*m_fatima, 0, nullptr, ObservationStore(*m_db).get(m_fatima->actor, id));
    dialog.show();
    const QString typed = QStringLiteral("Speelde met water en schonk zelf in.");
    dialog.textEdit()->selectAll();
    QTest::keyClicks(dialog.textEdit(), typed);
    saskiaRewrites(id, QStringLiteral("Speelde met water bij de watertafel."));

    answerConflict(typed, QStringLiteral("Speelde met water bij de watertafel."),
                   QStringLiteral("edit-conflict-keep-mine"),
                   [](EditConflictDialog* d) { return d->keepMineButton(); });
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(ObservationStore(*m_db).get(m_fatima->actor, id).body, typed);
    const AuditEntry last = AuditLog::entries(*m_db, 1).first();
    EXPECT_EQ(last.action, QStringLiteral("overwrite"));
    EXPECT_EQ(last.entityId, id);
    // Saskia's text is not gone either: it is the earlier revision.
    EXPECT_EQ(ObservationStore(*m_db).revisions(m_fatima->actor, id).constLast().body,
              QStringLiteral("Speelde met water bij de watertafel."));
}

TEST_F(EditConflictGuiTest, StartingAgainFromTheirsSetsTheTypedTextAside)
{
    const qint64 id = noteOfFatima(QStringLiteral("Zong mee."));
    ObservationDialog dialog(*m_fatima, 0, nullptr, ObservationStore(*m_db).get(m_fatima->actor, id));
    dialog.show();
    const QString typed = QStringLiteral("Zong het hele lied mee, ook het tweede couplet.");
    dialog.textEdit()->selectAll();
    QTest::keyClicks(dialog.textEdit(), typed);
    saskiaRewrites(id, QStringLiteral("Zong mee met de kring."));

    answerConflict(typed, QStringLiteral("Zong mee met de kring."), QStringLiteral("edit-conflict-theirs"),
                   [](EditConflictDialog* d) { return d->startFromTheirsButton(); });
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.textEdit()->toPlainText(), QStringLiteral("Zong mee met de kring."));
    auto* aside = dialog.findChild<SetAsideText*>();
    ASSERT_NE(aside, nullptr);
    EXPECT_TRUE(aside->isVisible());
    EXPECT_EQ(aside->textView()->toPlainText(), typed);
    screenshot(aside, QStringLiteral("edit-conflict-set-aside"));

    // Her own addition on top of theirs now saves without a conflict.
    dialog.textEdit()->appendPlainText(QStringLiteral("Ook het tweede couplet."));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(ObservationStore(*m_db).get(m_fatima->actor, id).body,
              QStringLiteral("Zong mee met de kring.\nOok het tweede couplet."));
}

TEST_F(EditConflictGuiTest, AChildsDetailsCorrectedElsewhereAreNotOverwrittenUnasked)
{
    const Session marco{*m_db, login(QStringLiteral("marco"))};
    const qint64 child = ChildStore(*m_db).list(m_fatima->actor).constFirst().child.id;
    ChildDialog dialog(marco, child);
    dialog.show();
    dialog.familyNameEdit()->setText(QStringLiteral("Yilmaz-Bakker"));
    Child elsewhere = ChildStore(*m_other).get(m_saskia, child);
    elsewhere.neighbourhood = QStringLiteral("Transvaal");
    ChildStore(*m_other).update(m_saskia, elsewhere);

    whenModal([](QWidget* modal) {
        auto* conflict = qobject_cast<EditConflictDialog*>(modal);
        ASSERT_NE(conflict, nullptr);
        EXPECT_TRUE(conflict->yoursView()->toPlainText().contains(QStringLiteral("Yilmaz-Bakker")));
        conflict->showTheirsButton()->click();
        EXPECT_TRUE(conflict->theirsView()->toPlainText().contains(QStringLiteral("Transvaal")));
        screenshot(conflict, QStringLiteral("edit-conflict-child"));
        conflict->startFromTheirsButton()->click();
    });
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.neighbourhoodBox()->currentText(), QStringLiteral("Transvaal"));
    auto* aside = dialog.findChild<SetAsideText*>();
    ASSERT_NE(aside, nullptr);
    EXPECT_TRUE(aside->textView()->toPlainText().contains(QStringLiteral("Yilmaz-Bakker")));
    dialog.familyNameEdit()->setText(QStringLiteral("Yilmaz-Bakker"));
    dialog.accept();
    const Child saved = ChildStore(*m_db).get(marco.actor, child);
    EXPECT_EQ(saved.familyName, QStringLiteral("Yilmaz-Bakker"));
    EXPECT_EQ(saved.neighbourhood, QStringLiteral("Transvaal"));
}

TEST_F(EditConflictGuiTest, AStepOnANeedChangedElsewhereKeepsTheNote)
{
    const qint64 child = ChildStore(*m_db).list(m_fatima->actor).constFirst().child.id;
    SupportNeed n;
    n.childId = child;
    n.domainId = 1;
    n.description = QStringLiteral("Zegt nog weinig");
    n.signalledOn = Clock::today().addDays(-10);
    const qint64 id = SupportNeedStore(*m_db).create(m_fatima->actor, n);
    NeedStepDialog dialog(*m_fatima, NeedStepDialog::Step::ReviewDate,
                          SupportNeedStore(*m_db).get(m_fatima->actor, id));
    dialog.show();
    const QString note = QStringLiteral("Na het gesprek met de logopedist");
    QTest::keyClicks(dialog.textEdit(), note);
    SupportNeedStore(*m_other).changeStatus(m_saskia, id, NeedStatus::DiscussedWithParents,
                                            QStringLiteral("Besproken"));

    whenModal([&](QWidget* modal) {
        auto* conflict = qobject_cast<EditConflictDialog*>(modal);
        ASSERT_NE(conflict, nullptr);
        EXPECT_TRUE(conflict->yoursView()->toPlainText().contains(note));
        screenshot(conflict, QStringLiteral("edit-conflict-need"));
        conflict->keepMineButton()->click();
    });
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QList<NeedHistoryEntry> history = SupportNeedStore(*m_db).history(m_fatima->actor, id);
    EXPECT_EQ(history.constLast().note, note);
    EXPECT_EQ(SupportNeedStore(*m_db).get(m_fatima->actor, id).status, NeedStatus::DiscussedWithParents);
}
