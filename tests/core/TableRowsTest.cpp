#include "services/TableRows.h"

#include "CoreFixture.h"

using namespace kz;

// A copy reads each table a batch at a time: the same rows in the same order as reading it whole,
// never more than a batch held at once.
class TableRowsTest : public CoreFixture
{
};

TEST_F(TableRowsTest, BatchesHoldTheSameRowsInOrderAndNeverMoreThanABatch)
{
    const QStringList columns = {QStringLiteral("id"), QStringLiteral("given_name"),
                                 QStringLiteral("group_id")};
    const TableRows whole = TableRows::read(db(), QStringLiteral("children"), columns);
    ASSERT_GE(whole.rows.size(), 3);

    QList<qsizetype> sizes;
    QList<QVariantList> joined;
    TableRows::readInBatches(db(), QStringLiteral("children"), columns, 2, [&](TableRows& batch) {
        EXPECT_EQ(batch.table, QStringLiteral("children"));
        EXPECT_EQ(batch.columns, columns);
        sizes.append(batch.rows.size());
        joined.append(batch.rows);
    });
    EXPECT_EQ(joined, whole.rows);
    for (const qsizetype size : sizes)
        EXPECT_LE(size, 2);
    EXPECT_EQ(sizes.size(), (whole.rows.size() + 1) / 2);

    // An empty table hands nothing over; read() still gives its (empty) rows.
    int calls = 0;
    TableRows::readInBatches(db(), QStringLiteral("referrals"), {QStringLiteral("id")}, 2,
                             [&calls](TableRows&) { ++calls; });
    EXPECT_EQ(calls, 0);
    EXPECT_TRUE(TableRows::read(db(), QStringLiteral("referrals"), {QStringLiteral("id")}).rows.isEmpty());
}
