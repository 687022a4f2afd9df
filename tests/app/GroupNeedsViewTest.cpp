#include "groupneeds/GroupNeedsView.h"

#include "AppFixture.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "groupneeds/GroupNeedsLoader.h"
#include "groupneeds/HeatMapHeader.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace kz;

class GroupNeedsViewTest : public AppFixture
{
};

TEST_F(GroupNeedsViewTest, TheManagerSeesHerGroupsAndAClickOpensThoseChildren)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    ASSERT_EQ(window.currentWorkspace(), MainWindow::GroupNeeds);
    GroupNeedsView* view = window.groupNeedsView();
    QTableWidget* heat = view->heatMap();
    ASSERT_EQ(heat->rowCount(), 4);     // the four groups of De Vlinderhof
    EXPECT_EQ(heat->columnCount(), 10); // the group and nine domains
    EXPECT_EQ(view->attention()->count(), 5);
    screenshot(&window, QStringLiteral("group-needs"));
    // Children turning four, with how far their handover got.
    view->attention()->setCurrentIndex(4);
    const auto* turningFour = qobject_cast<QTreeWidget*>(view->attention()->currentWidget());
    ASSERT_NE(turningFour, nullptr);
    EXPECT_EQ(turningFour->headerItem()->text(3), QStringLiteral("Overdracht"));
    ASSERT_GT(turningFour->topLevelItemCount(), 0);
    EXPECT_EQ(turningFour->topLevelItem(0)->text(3), QStringLiteral("gegeven")); // the demo's oldest
    screenshot(&window, QStringLiteral("group-needs-turning-four"));
    view->attention()->setCurrentIndex(0);

    // The first cell with children in it opens exactly those children.
    int row = -1;
    int column = -1;
    for (int r = 0; r < heat->rowCount() && row < 0; ++r)
        for (int c = 1; c < heat->columnCount() && row < 0; ++c)
            if (!heat->item(r, c)->text().isEmpty()) {
                row = r;
                column = c;
            }
    ASSERT_GE(row, 0);
    const int expected = heat->item(row, column)->text().toInt();
    emit heat->cellActivated(row, column);
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Children);
    EXPECT_EQ(window.childrenView()->visibleRows(), expected);

    // The report for the overleg.
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(view->exportReport(pdf));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
}

TEST_F(GroupNeedsViewTest, PractitionersSeeTheirGroupsAndAdminsNone)
{
    const Session practitioner{*m_db, login(QStringLiteral("fatima"))};
    GroupNeedsView own(practitioner);
    EXPECT_EQ(own.heatMap()->rowCount(), 2);
    const Session admin{*m_db, login(QStringLiteral("beheer"))};
    GroupNeedsView none(admin);
    EXPECT_EQ(none.heatMap()->rowCount(), 0);
    // The location filter narrows, the domain filter keeps one column.
    const Session marco{*m_db, login(QStringLiteral("marco"))};
    GroupNeedsView both(marco);
    EXPECT_EQ(both.heatMap()->rowCount(), 7);
    both.locationBox()->setCurrentIndex(1);
    EXPECT_LT(both.heatMap()->rowCount(), 7);
    both.domainBox()->setCurrentIndex(1);
    EXPECT_EQ(both.heatMap()->columnCount(), 2);
}

// On the group's laptop the heat map comes first: every group without scrolling, and every word
// of every domain name whole in its header (the chart below gives way).
TEST_F(GroupNeedsViewTest, AtLaptopSizeTheHeatMapShowsEveryGroupAndWholeDomainNames)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        const Session session{*m_db, login(QStringLiteral("saskia"))};
        MainWindow window(session, *m_languages, *m_settings);
        window.resize(1280, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(MainWindow::GroupNeeds);
        QCoreApplication::processEvents();
        QTableWidget* heat = window.groupNeedsView()->heatMap();
        ASSERT_EQ(heat->rowCount(), 4);
        const int lastRowBottom = heat->rowViewportPosition(3) + heat->rowHeight(3);
        EXPECT_LE(lastRowBottom, heat->viewport()->height()) << language.toStdString();
        auto* header = qobject_cast<HeatMapHeader*>(heat->horizontalHeader());
        ASSERT_NE(header, nullptr);
        const QFont font = header->sharedFont(); // one size for every name
        EXPECT_GE(font.pointSizeF(), 6.5);
        const QFontMetrics metrics(font);
        for (int column = 1; column < heat->columnCount(); ++column) {
            const QString name = heat->horizontalHeaderItem(column)->text();
            // Qt wraps between words and after a hyphen: each piece must fit whole.
            for (const QString& word :
                 name.split(QRegularExpression(QStringLiteral("\\s+|(?<=-)")), Qt::SkipEmptyParts))
                EXPECT_LE(metrics.horizontalAdvance(word), header->sectionSize(column) - 8)
                    << language.toStdString() << ": '" << word.toStdString() << "' of '" << name.toStdString()
                    << "' is cut";
        }
        screenshot(&window, QStringLiteral("group-needs-1280x720-") + language);
    }
    useLanguage(QStringLiteral("nl"));
}

// A whole organisation takes longer to count than the window may wait: the view says it is
// counting, keeps its filters usable and the report off, and shows the figures once they are in.
// Meanwhile another filter overtakes the first load, and only the newest figures are shown.
TEST_F(GroupNeedsViewTest, FiguresCountedInTheBackgroundArriveWhileTheWindowStaysUsable)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    GroupNeedsLoader::setWaitBudget(std::chrono::milliseconds(0));
    GroupNeedsView view(session, nullptr, Loading::WhenShown);
    view.resize(1280, 720);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.reload();
    if (view.isCounting()) { // the counting thread may already be done on a quiet machine
        EXPECT_TRUE(view.countingState()->isVisibleTo(&view));
        EXPECT_FALSE(view.printButton()->isEnabled());
        EXPECT_TRUE(view.locationBox()->isEnabled());
        screenshot(&view, QStringLiteral("group-needs-counting"));
    }
    view.domainBox()->setCurrentIndex(1); // one domain: a newer load
    QTRY_VERIFY_WITH_TIMEOUT(!view.isCounting(), 60000);
    QTRY_VERIFY(!view.countingState()->isVisibleTo(&view));
    GroupNeedsLoader::setWaitBudget(std::chrono::minutes(10));
    EXPECT_TRUE(view.printButton()->isEnabled());
    ASSERT_EQ(view.heatMap()->rowCount(), 4);
    EXPECT_EQ(view.heatMap()->columnCount(), 2); // the group and the one domain chosen
}
