#include "AppFixture.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "children/SearchView.h"
#include "groupneeds/GroupNeedsView.h"
#include "groupneeds/HeatCellDelegate.h"
#include "shell/HeaderToolTips.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>

using namespace kz;

class UsabilityGuiTest : public AppFixture
{
protected:
    void showWindow(MainWindow& window)
    {
        window.resize(1280, 900);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
};

TEST_F(UsabilityGuiTest, SearchSaysWhatToDoBeforeAnythingIsTypedAndWhenNothingIsFound)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    SearchView* search = window.searchView();
    const QString hint = search->results()->toPlainText();
    EXPECT_TRUE(hint.contains(QStringLiteral("Type one or more words"))) << hint.toStdString();
    EXPECT_TRUE(hint.contains(QStringLiteral("accents do not matter")));
    screenshot(&window, QStringLiteral("search-empty-en"));

    QTest::keyClicks(search->findChild<QLineEdit*>(), QStringLiteral("xylofoonzzq"));
    search->search();
    EXPECT_TRUE(search->results()->toPlainText().contains(QStringLiteral("No observation")));
    EXPECT_TRUE(search->results()->toPlainText().contains(QStringLiteral("xylofoonzzq")));
}

TEST_F(UsabilityGuiTest, AnAdministratorLandsOnAdministrationAndEmptyPagesSayWhy)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("beheer"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Administration);

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    ChildrenView* children = window.childrenView();
    EXPECT_EQ(children->visibleRows(), 0);
    EXPECT_TRUE(children->emptyState()->isVisible());
    EXPECT_TRUE(children->emptyState()->text().contains(QStringLiteral("administrator")))
        << children->emptyState()->text().toStdString();
    screenshot(&window, QStringLiteral("children-empty-admin-en"));

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    GroupNeedsView* needs = window.groupNeedsView();
    EXPECT_EQ(needs->heatMap()->rowCount(), 0);
    EXPECT_TRUE(needs->emptyState()->isVisible());
    EXPECT_TRUE(needs->emptyState()->text().contains(QStringLiteral("no groups for you")));
    screenshot(&window, QStringLiteral("group-needs-empty-admin-en"));
}

TEST_F(UsabilityGuiTest, TheChildrenListExplainsAnEmptyFilterAndStaysQuietOtherwise)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Children); // a practitioner starts with her children
    ChildrenView* children = window.childrenView();
    EXPECT_GT(children->visibleRows(), 0);
    EXPECT_FALSE(children->emptyState()->isVisible());
    QTest::keyClicks(children->filterEdit(), QStringLiteral("Zzyzx"));
    EXPECT_EQ(children->visibleRows(), 0);
    EXPECT_TRUE(children->emptyState()->isVisible());
    EXPECT_TRUE(children->emptyState()->text().contains(QStringLiteral("No child matches")));
    children->filterEdit()->clear();
    EXPECT_FALSE(children->emptyState()->isVisible());
    EXPECT_FALSE(window.groupNeedsView()->emptyState()->isVisibleTo(window.groupNeedsView()));
}

TEST_F(UsabilityGuiTest, TheHeatMapExplainsItsColoursAndASelectedCellKeepsItsColour)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    GroupNeedsView* view = window.groupNeedsView();
    EXPECT_TRUE(view->legend()->isVisible());
    EXPECT_TRUE(view->legend()->text().contains(QStringLiteral("share of the group")));
    EXPECT_TRUE(view->legend()->text().contains(HeatCellDelegate::colourFor(0.5).name()));

    QTableWidget* heat = view->heatMap();
    int row = -1;
    int column = -1;
    for (int r = 0; r < heat->rowCount() && row < 0; ++r)
        for (int c = 1; c < heat->columnCount() && row < 0; ++c)
            if (!heat->item(r, c)->text().isEmpty()) {
                row = r;
                column = c;
            }
    ASSERT_GE(row, 0);
    const QColor colour = heat->item(row, column)->background().color();
    ASSERT_NE(colour, QColor(Qt::white));
    heat->setFocus();
    heat->setCurrentCell(row, column);
    ASSERT_TRUE(heat->item(row, column)->isSelected());
    const QRect cell = heat->visualItemRect(heat->item(row, column));
    const QImage image = heat->viewport()->grab().toImage();
    // Inside the cell, left of the centred number and inside the selection frame.
    const QColor shown = image.pixelColor(cell.left() + 8, cell.center().y());
    EXPECT_EQ(shown.name(), colour.name()) << "the selection painted over the heat colour";
    const QColor frame = image.pixelColor(cell.left() + 1, cell.center().y());
    EXPECT_NE(frame.name(), colour.name()) << "a selected cell shows its frame";
    screenshot(&window, QStringLiteral("group-needs-legend-en"));
}

TEST_F(UsabilityGuiTest, EveryColumnHeaderInEveryWorkspaceHasATooltip)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);
    window.openDossier(
        window.childrenView()->table()->model()->index(0, 0).data(ChildListModel::ChildIdRole).toLongLong());
    int headers = 0;
    for (QHeaderView* header : window.findChildren<QHeaderView*>()) {
        if (header->orientation() != Qt::Horizontal || header->isHidden() || !header->model())
            continue;
        ++headers;
        for (int section = 0; section < header->model()->columnCount(); ++section) {
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            if (header->isSectionHidden(section) || title.isEmpty())
                continue;
            EXPECT_FALSE(HeaderToolTips::of(header, section).isEmpty())
                << "no tooltip on '" << title.toStdString() << "' of "
                << header->parent()->objectName().toStdString() << " in "
                << header->parent()->parent()->metaObject()->className();
        }
    }
    EXPECT_GE(headers, 8);

    // The tooltip appears where the pointer rests.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QHeaderView* header = window.childrenView()->table()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(1) + 5, header->height() / 2);
    QHelpEvent event(QEvent::ToolTip, at, header->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(header->viewport(), &event);
    EXPECT_EQ(QToolTip::text(), HeaderToolTips::of(header, 1));
    EXPECT_FALSE(QToolTip::text().isEmpty());
    QToolTip::hideText();
}
