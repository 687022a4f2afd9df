#include "../QtPrinters.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "groupneeds/GroupNeedsView.h"
#include "services/Authenticator.h"
#include "shell/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <algorithm>
#include <gtest/gtest.h>

using namespace kz;

// Long lists in the window: an organisation of 1,000 children, seen by a manager of all ten locations.
class ScaleGuiTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = std::make_unique<QTemporaryDir>();
        const QString path = dir->filePath(QStringLiteral("organisation.db"));
        {
            const Database db = Database::open(path);
            SyntheticOrganisation::generate(db, {.locations = 10, .children = 1000, .observations = 2000});
            SqlQuery::run(
                db, QStringLiteral("INSERT OR IGNORE INTO user_locations (user_id, location_id) SELECT u.id, "
                                   "l.id FROM users u, locations l WHERE u.username = 'manager1'"));
        }
        db = std::make_unique<Database>(Database::open(path));
    }
    static void TearDownTestSuite()
    {
        db.reset();
        dir.reset();
    }

    Session director() const
    {
        return {*db, Authenticator::login(*db, QStringLiteral("manager1"),
                                          QString::fromLatin1(DemoDatabase::password))};
    }

    static inline std::unique_ptr<QTemporaryDir> dir;
    static inline std::unique_ptr<Database> db;
};

TEST_F(ScaleGuiTest, TheChildrenListFetchesAPageAtATimeAndCountsThemAll)
{
    const Session session = director();
    ChildrenView view(session);
    view.resize(1100, 700);
    view.show();
    QAbstractItemModel* model = view.table()->model();
    EXPECT_EQ(model->rowCount(), ChildListModel::PageSize);
    EXPECT_EQ(view.visibleRows(), 1000);
    const QList<QLabel*> labels = view.findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().contains(QStringLiteral("1000")) ||
               label->text().contains(QStringLiteral("1.000"));
    })) << "the count shows every child, not the rows fetched";
    // Scrolling to the end fetches the next page.
    view.table()->scrollToBottom();
    QCoreApplication::processEvents();
    EXPECT_EQ(model->rowCount(), 2 * ChildListModel::PageSize);
    // Sorting asks the database: the first page of the other order.
    const QString first = model->index(0, ChildListModel::Name).data(ChildListModel::SortRole).toString();
    view.table()->sortByColumn(ChildListModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(model->rowCount(), ChildListModel::PageSize);
    EXPECT_GT(model->index(0, ChildListModel::Name).data(ChildListModel::SortRole).toString(), first);
    // A name filter counts what matches in the database, not in the rows fetched.
    view.filterEdit()->setText(
        model->index(0, ChildListModel::Name).data(ChildListModel::SortRole).toString());
    EXPECT_GE(view.visibleRows(), 1);
    EXPECT_LT(view.visibleRows(), 1000);
    EXPECT_EQ(model->rowCount(), view.visibleRows());
}

TEST_F(ScaleGuiTest, AttentionListsShowTheirFirstRowsAndMoreOnRequest)
{
    const Session session = director();
    GroupNeedsView view(session);
    view.resize(1200, 800);
    view.show();
    // The longest list of the five.
    int longest = 0;
    for (int i = 1; i < view.attention()->count(); ++i)
        if (view.attention()
                ->tabText(i)
                .section(QLatin1Char('('), -1)
                .chopped(1)
                .remove(QLatin1Char('.'))
                .toInt() > view.attention()
                               ->tabText(longest)
                               .section(QLatin1Char('('), -1)
                               .chopped(1)
                               .remove(QLatin1Char('.'))
                               .toInt())
            longest = i;
    const int total = view.attention()
                          ->tabText(longest)
                          .section(QLatin1Char('('), -1)
                          .chopped(1)
                          .remove(QLatin1Char('.'))
                          .toInt();
    ASSERT_GT(total, 200) << view.attention()->tabText(longest).toStdString();
    auto* list = qobject_cast<QTreeWidget*>(view.attention()->widget(longest));
    ASSERT_NE(list, nullptr);
    if (longest != view.attention()->currentIndex()) {
        EXPECT_EQ(list->topLevelItemCount(), 0); // a list reads its rows when its tab is shown
    }
    view.attention()->setCurrentIndex(longest);
    ASSERT_EQ(list->topLevelItemCount(), 101); // a hundred and "show more"
    QTreeWidgetItem* more = list->topLevelItem(100);
    EXPECT_EQ(more->data(0, Qt::UserRole).toLongLong(), 0);
    emit list->itemActivated(more, 0);
    EXPECT_EQ(list->topLevelItemCount(), 201);
    list->scrollToItem(list->topLevelItem(200));
    if (const QString shots = qEnvironmentVariable("KINDZICHT_SCREENSHOTS"); !shots.isEmpty())
        view.grab().save(shots + QStringLiteral("/group-needs-show-more.png"));
    EXPECT_EQ(list->currentItem(), list->topLevelItem(100)); // the first of the new rows
    EXPECT_GT(list->topLevelItem(199)->data(0, Qt::UserRole).toLongLong(), 0);
    while (list->topLevelItem(list->topLevelItemCount() - 1)->data(0, Qt::UserRole).toLongLong() == 0)
        emit list->itemActivated(list->topLevelItem(list->topLevelItemCount() - 1), 0);
    EXPECT_EQ(list->topLevelItemCount(), total); // all of them, the "show more" row gone
}
