#include "AppFixture.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "groupneeds/GroupNeedsView.h"
#include "shell/LoadOnShow.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "socialmap/SocialMapView.h"
#include "store/ChildStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QAbstractButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace kz;

// Every open workspace follows what is changed elsewhere, without anyone asking it to reload:
// the database announces committed changes and each page refreshes itself (now when shown,
// else when next shown).
class ViewsFollowChangesTest : public AppFixture
{
protected:
    // The manager's child with an open need of level 2 or higher, and that need.
    std::pair<qint64, SupportNeed> childWithOpenNeed(const Actor& actor) const
    {
        for (const ChildSummary& s : ChildStore(*m_db).list(actor))
            for (const SupportNeed& n : SupportNeedStore(*m_db).forChild(actor, s.child.id))
                if (n.status != NeedStatus::Closed && n.level >= 2)
                    return {s.child.id, n};
        return {0, {}};
    }
    // How many open needs the children list shows for the child (-1: not listed).
    static int openNeedsListed(const QAbstractItemModel* model, qint64 childId)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ChildListModel::ChildIdRole).toLongLong() == childId)
                return model->index(row, ChildListModel::OpenNeeds).data(ChildListModel::SortRole).toInt() %
                       100;
        return -1;
    }
    // All the numbers of the heat map: children with an open need, per group and domain.
    static int heatTotal(const QTableWidget* heat)
    {
        int total = 0;
        for (int r = 0; r < heat->rowCount(); ++r)
            for (int c = 1; c < heat->columnCount(); ++c)
                total += heat->item(r, c) ? heat->item(r, c)->text().toInt() : 0;
        return total;
    }
    static bool isStale(QWidget* page)
    {
        const auto* loader = page->findChild<LoadOnShow*>(QString(), Qt::FindDirectChildrenOnly);
        return loader && loader->isStale();
    }
};

TEST_F(ViewsFollowChangesTest, WhatIsDoneInTheDossierReachesTheChildrenListAndTheGroupNeeds)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    const auto [child, need] = childWithOpenNeed(session.actor);
    ASSERT_GT(child, 0);
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showWorkspace(MainWindow::GroupNeeds);
    const int heatBefore = heatTotal(window.groupNeedsView()->heatMap());
    window.showWorkspace(MainWindow::Children);
    const QAbstractItemModel* children = window.childrenView()->table()->model();
    const int needsBefore = openNeedsListed(children, child);
    ASSERT_GT(needsBefore, 0);

    window.openDossier(child);
    DossierView* dossier = window.dossierView();
    // An observation logged from the dossier.
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<ObservationDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->domainButton(QStringLiteral("language"))->click();
        dialog->textEdit()->setPlainText(QStringLiteral("Vertelde over het weekend in hele zinnen."));
        dialog->accept();
    });
    dossier->stepButton(QStringLiteral("observation"))->click();
    EXPECT_TRUE(isStale(window.childrenView())); // hidden: it reads again when it is shown
    // The open need closed, in the dossier.
    dossier->selectNeed(need.id);
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<NeedStepDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->textEdit()->setPlainText(QStringLiteral("Doelen bereikt"));
        dialog->accept();
    });
    dossier->stepButton(QStringLiteral("close"))->click();
    ASSERT_EQ(SupportNeedStore(*m_db).get(session.actor, need.id).status, NeedStatus::Closed);
    EXPECT_TRUE(isStale(window.groupNeedsView()));

    window.showWorkspace(MainWindow::Children);
    EXPECT_FALSE(isStale(window.childrenView()));
    EXPECT_EQ(openNeedsListed(children, child), needsBefore - 1);
    window.showWorkspace(MainWindow::GroupNeeds);
    EXPECT_EQ(heatTotal(window.groupNeedsView()->heatMap()), heatBefore - 1);
    screenshot(&window, QStringLiteral("group-needs-after-a-closed-need"));
}

TEST_F(ViewsFollowChangesTest, AnObservationLoggedFromTheMenuReachesTheOpenDossier)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    const qint64 child = childWithOpenNeed(session.actor).first;
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.openDossier(child);
    const int before = window.dossierView()->timeline()->topLevelItemCount();
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<ObservationDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->domainButton(QStringLiteral("language"))->click();
        dialog->textEdit()->setPlainText(QStringLiteral("Hielp een ander kind met aankleden."));
        dialog->accept();
    });
    window.newObservation(); // File > New observation (Ctrl+N), over the dossier
    EXPECT_EQ(window.dossierView()->timeline()->topLevelItemCount(), before + 1);
}

TEST_F(ViewsFollowChangesTest, APartnerChangedElsewhereReachesTheSocialMap)
{
    const Session session{*m_db, login(QStringLiteral("beheer"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showWorkspace(MainWindow::SocialMap);
    const QAbstractItemModel* partners = window.socialMapView()->table()->model();
    ASSERT_GT(partners->rowCount(), 0);
    const QList<Partner> all = PartnerStore(*m_db).list(session.actor);
    Partner partner = all.first();
    partner.name = QStringLiteral("Logopediepraktijk Het Nieuwe Woord");
    // Changed outside the view: by another window, an import, or (later) another computer.
    PartnerStore(*m_db).update(session.actor, partner);
    QStringList names;
    for (int row = 0; row < partners->rowCount(); ++row)
        names.append(partners->index(row, 0).data().toString());
    EXPECT_TRUE(names.contains(partner.name)) << names.join(QStringLiteral(", ")).toStdString();
    screenshot(&window, QStringLiteral("social-map-after-a-change-elsewhere"));
}
