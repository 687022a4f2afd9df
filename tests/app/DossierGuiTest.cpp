#include "AppFixture.h"
#include "Clock.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "children/SearchView.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace kz;

class DossierGuiTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        m_session = std::make_unique<Session>(Session{*m_db, login(QStringLiteral("fatima"))});
    }
    qint64 childNamed(const QString& prefix) const
    {
        for (const ChildSummary& s : ChildStore(*m_db).list(m_session->actor))
            if (s.child.fullName().startsWith(prefix))
                return s.child.id;
        return 0;
    }
    qint64 firstChild() const { return ChildStore(*m_db).list(m_session->actor).constFirst().child.id; }
    QString firstChildName() const
    {
        return ChildStore(*m_db).list(m_session->actor).constFirst().child.fullName();
    }

    std::unique_ptr<Session> m_session;
};

TEST_F(DossierGuiTest, AnObservationIsLoggedWithTheKeyboardOnly)
{
    MainWindow window(*m_session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QString name = firstChildName();
    const int before =
        static_cast<int>(ObservationStore(*m_db).forChild(m_session->actor, firstChild()).size());

    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ObservationDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        screenshot(dialog, QStringLiteral("observation-dialog-empty"));
        // Type the first name, Tab to the first domain, Space toggles it, Tab to "goes well", Space,
        // Tab Tab Tab to the text, type, Ctrl+Enter saves.
        QTest::keyClicks(QApplication::focusWidget(), name.left(name.indexOf(QLatin1Char(' '))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        for (int i = 0; i < 9; ++i) // past the other domains to "goes well"
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        while (QApplication::focusWidget() != dialog->textEdit())
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Zong het hele liedje mee."));
        screenshot(dialog, QStringLiteral("observation-dialog-filled"));
        QTest::keyClick(dialog->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);

    const QList<Observation> after = ObservationStore(*m_db).forChild(m_session->actor, firstChild());
    ASSERT_EQ(after.size(), before + 1);
    const auto saved = std::find_if(after.begin(), after.end(), [](const Observation& o) {
        return o.body == QLatin1String("Zong het hele liedje mee.");
    });
    ASSERT_NE(saved, after.end());
    EXPECT_EQ(saved->kind, ObservationKind::Strength);
    EXPECT_EQ(saved->domainIds.size(), 1);
    EXPECT_LE(qAbs(saved->observedAt.secsTo(Clock::nowUtc())), 120);
    EXPECT_FALSE(DraftStore(*m_db).load(m_session->actor).has_value());
}

TEST_F(DossierGuiTest, ADraftSurvivesClosingTheDialog)
{
    {
        ObservationDialog dialog(*m_session, firstChild());
        dialog.show();
        QTest::keyClicks(dialog.textEdit(), QStringLiteral("Begon te vertellen over"));
        whenModal([](QWidget* box) {
            for (QAbstractButton* b : box->findChildren<QAbstractButton*>())
                if (qobject_cast<QMessageBox*>(box)->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        dialog.reject(); // Escape or the close button: asks first
        EXPECT_FALSE(dialog.isVisible());
    }
    ObservationDialog again(*m_session, 0);
    EXPECT_TRUE(again.restoredDraft());
    EXPECT_EQ(again.textEdit()->toPlainText(), QStringLiteral("Begon te vertellen over"));
    EXPECT_EQ(again.childBox()->currentData().toLongLong(), firstChild());
    // Also without the dialog closing at all (a crash): the timer saved it.
    again.textEdit()->appendPlainText(QStringLiteral("de vakantie"));
    again.saveDraft();
    EXPECT_TRUE(DraftStore(*m_db).load(m_session->actor)->body.endsWith(QStringLiteral("de vakantie")));
}

TEST_F(DossierGuiTest, FromObservationToSignaleringThroughEveryStatusToClosure)
{
    const qint64 child = firstChild();
    Observation o;
    o.childId = child;
    o.observedAt = Clock::nowUtc().addSecs(-600);
    o.body = QStringLiteral("Wijst aan en zegt niets bij de kring.");
    o.kind = ObservationKind::Concern;
    o.domainIds = {1};
    const qint64 observation = ObservationStore(*m_db).create(m_session->actor, o);

    MainWindow window(*m_session, *m_languages, *m_settings);
    window.resize(1280, 860);
    window.show();
    window.openDossier(child, observation);
    DossierView* dossier = window.dossierView();
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Dossier);
    ASSERT_NE(dossier->timeline()->currentItem(), nullptr);
    EXPECT_EQ(dossier->timeline()->currentItem()->data(0, Qt::UserRole).toLongLong(), observation);
    screenshot(&window, QStringLiteral("dossier"));

    whenModal([&](QWidget* modal) {
        screenshot(modal, QStringLiteral("step-create-from-observation"));
        qobject_cast<NeedStepDialog*>(modal)->accept();
    });
    dossier->stepButton(QStringLiteral("fromObservation"))->click();
    const qint64 needId = ObservationStore(*m_db).get(m_session->actor, observation).needId.value_or(0);
    ASSERT_GT(needId, 0);

    dossier->selectNeed(needId);
    whenModal([](QWidget* modal) {
        auto* d = qobject_cast<NeedStepDialog*>(modal);
        d->dateEdit()->setDate(Clock::today());
        QTest::keyClicks(d->textEdit(), QStringLiteral("Moeder herkent het"));
        d->accept();
    });
    dossier->stepButton(QStringLiteral("parents"))->click();

    for (const NeedStatus status :
         {NeedStatus::DiscussedWithParents, NeedStatus::SupportInPlace, NeedStatus::Evaluated}) {
        dossier->selectNeed(needId);
        whenModal([status](QWidget* modal) {
            auto* d = qobject_cast<NeedStepDialog*>(modal);
            d->statusBox()->setCurrentIndex(d->statusBox()->findData(static_cast<int>(status)));
            QTest::keyClicks(d->textEdit(), QStringLiteral("Stap gezet"));
            screenshot(d, QStringLiteral("step-status"));
            d->accept();
        });
        dossier->stepButton(QStringLiteral("status"))->click();
        EXPECT_EQ(SupportNeedStore(*m_db).get(m_session->actor, needId).status, status);
    }
    dossier->selectNeed(needId);
    screenshot(&window, QStringLiteral("dossier-with-need"));

    // Closing without a reason is refused inside the dialog; with one it closes.
    whenModal([](QWidget* modal) {
        auto* d = qobject_cast<NeedStepDialog*>(modal);
        d->accept();
        EXPECT_FALSE(d->errorText().isEmpty());
        screenshot(d, QStringLiteral("step-close-refused"));
        QTest::keyClicks(d->textEdit(), QStringLiteral("Doelen bereikt"));
        d->accept();
    });
    dossier->stepButton(QStringLiteral("close"))->click();

    const SupportNeed closed = SupportNeedStore(*m_db).get(m_session->actor, needId);
    EXPECT_EQ(closed.status, NeedStatus::Closed);
    EXPECT_EQ(closed.closedReason, QStringLiteral("Doelen bereikt"));
    EXPECT_TRUE(closed.parentsInformedOn.has_value());
    // Every step is in the timeline.
    int needEvents = 0;
    for (int i = 0; i < dossier->timeline()->topLevelItemCount(); ++i)
        needEvents +=
            dossier->timeline()->topLevelItem(i)->data(1, Qt::UserRole).toLongLong() == needId ? 1 : 0;
    EXPECT_GE(needEvents, 7); // created, parents, three statuses, closed, and the observation itself
}

TEST_F(DossierGuiTest, ARestrictedNoteIsHiddenFromAnotherPractitioner)
{
    const qint64 child = firstChild();
    Observation o;
    o.childId = child;
    o.observedAt = Clock::nowUtc().addSecs(-60);
    o.body = QStringLiteral("Vertrouwelijk: spanningen thuis");
    o.domainIds = {6};
    o.restricted = true;
    const qint64 restricted = ObservationStore(*m_db).create(m_session->actor, o);

    // A colleague in the same group.
    User colleague;
    colleague.username = QStringLiteral("collega");
    colleague.displayName = QStringLiteral("Collega");
    colleague.roles = {Role::Practitioner};
    colleague.groupIds = {ChildStore(*m_db).get(m_session->actor, child).groupId};
    const Actor admin =
        Authenticator::login(*m_db, QStringLiteral("beheer"), QString::fromLatin1(DemoDatabase::password));
    UserStore(*m_db).create(admin, colleague, QStringLiteral("een lang wachtwoord"));
    const Session other{
        *m_db, Authenticator::login(*m_db, QStringLiteral("collega"), QStringLiteral("een lang wachtwoord"))};

    DossierView view(other);
    view.resize(1000, 700);
    view.showChild(child);
    bool sawPlaceholder = false;
    for (int i = 0; i < view.timeline()->topLevelItemCount(); ++i) {
        const QString text = view.timeline()->topLevelItem(i)->text(3);
        EXPECT_FALSE(text.contains(QStringLiteral("spanningen"))) << text.toStdString();
        if (view.timeline()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == restricted)
            sawPlaceholder = !text.isEmpty(); // it exists, and says so, without its words
    }
    EXPECT_TRUE(sawPlaceholder);
    SearchView search(other);
    search.queryEdit()->setText(QStringLiteral("spanningen"));
    search.search();
    EXPECT_EQ(search.resultCount(), 0);
}

TEST_F(DossierGuiTest, SearchFindsCafeWithoutTheAccentAndOpensTheDossierThere)
{
    MainWindow window(*m_session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    ASSERT_EQ(window.currentWorkspace(), MainWindow::Search);
    Observation o;
    o.childId = firstChild();
    o.observedAt = Clock::nowUtc().addSecs(-60);
    o.body = QStringLiteral("Speelde café met twee vriendjes en schonk thee.");
    o.domainIds = {1};
    const qint64 id = ObservationStore(*m_db).create(m_session->actor, o);

    SearchView* search = window.searchView();
    QTest::keyClicks(search->queryEdit(), QStringLiteral("cafe vriend"));
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    EXPECT_EQ(search->resultCount(), 1);
    EXPECT_TRUE(search->results()->toHtml().contains(QStringLiteral("café")));
    screenshot(&window, QStringLiteral("search"));

    emit search->results()->anchorClicked(
        QUrl(QStringLiteral("kindzicht:observation/%1/%2").arg(o.childId).arg(id)));
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Dossier);
    EXPECT_EQ(window.dossierView()->timeline()->currentItem()->data(0, Qt::UserRole).toLongLong(), id);
}

TEST_F(DossierGuiTest, AnEditedObservationShowsItsEarlierVersion)
{
    Observation o;
    o.childId = firstChild();
    o.observedAt = Clock::nowUtc().addSecs(-60);
    o.body = QStringLiteral("Eerste woorden: bal");
    o.domainIds = {1};
    o.id = ObservationStore(*m_db).create(m_session->actor, o);
    o.body = QStringLiteral("Eerste woorden: bal en auto");
    ObservationStore(*m_db).edit(m_session->actor, o);

    DossierView view(*m_session);
    view.showChild(o.childId, o.id);
    const QTreeWidgetItem* item = view.timeline()->currentItem();
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->text(3).startsWith(QStringLiteral("Eerste woorden: bal en auto")));
    EXPECT_TRUE(item->toolTip(3).contains(QStringLiteral("\nEerste woorden: bal\n")) ||
                item->toolTip(3).endsWith(QStringLiteral("\nEerste woorden: bal")))
        << item->toolTip(3).toStdString();
}

TEST_F(DossierGuiTest, AReferralOnTheWaitingListIsMarkedStarted)
{
    const qint64 child = firstChild();
    SupportNeed need;
    need.childId = child;
    need.domainId = 1;
    need.description = QStringLiteral("Weinig woorden");
    need.signalledOn = Clock::today().addDays(-40);
    const qint64 needId = SupportNeedStore(*m_db).create(m_session->actor, need);
    const Partner partner = PartnerStore(*m_db).list(m_session->actor).constFirst();
    Referral r;
    r.needId = needId;
    r.partnerId = partner.id;
    r.referredOn = Clock::today().addDays(-30);
    r.status = ReferralStatus::Waiting;
    const qint64 referralId = ReferralStore(*m_db).create(m_session->actor, r);

    DossierView view(*m_session);
    view.resize(1100, 700);
    view.showChild(child);
    view.selectNeed(needId);
    ASSERT_TRUE(view.stepButton(QStringLiteral("referral"))->isEnabled());
    bool waitingShown = false;
    for (int row = 0; row < view.needsTable()->rowCount(); ++row)
        waitingShown |= view.needsTable()->item(row, 5)->text().contains(QStringLiteral("30"));
    EXPECT_TRUE(waitingShown);

    whenModal([](QWidget* modal) {
        auto* combo = modal->findChild<QComboBox*>();
        ASSERT_NE(combo, nullptr);
        combo->setCurrentIndex(1); // help has started
        qobject_cast<QDialog*>(modal)->accept();
    });
    view.stepButton(QStringLiteral("referral"))->click();
    const Referral updated = ReferralStore(*m_db).forNeed(m_session->actor, needId).constFirst();
    EXPECT_EQ(updated.id, referralId);
    EXPECT_EQ(updated.status, ReferralStatus::Started);
    EXPECT_EQ(updated.startedOn, Clock::today());
    EXPECT_EQ(updated.daysWaiting(Clock::today()), 30);
}
