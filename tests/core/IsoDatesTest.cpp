#include "IsoDates.h"

#include "../QtPrinters.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace kz;

// Written and read by hand, dates and moments must be exactly what Qt writes and reads.
TEST(IsoDatesTest, DatesAreWrittenAndReadAsQtDoes)
{
    for (QDate day(1999, 12, 25); day <= QDate(2032, 3, 1); day = day.addDays(17)) {
        const QString text = day.toString(Qt::ISODate);
        ASSERT_EQ(iso::date(day), text);
        ASSERT_EQ(iso::parseDate(text), day);
    }
    for (const QDate& edge : {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(2028, 2, 29), QDate(-44, 3, 15)})
        EXPECT_EQ(iso::date(edge), edge.toString(Qt::ISODate));
    EXPECT_EQ(iso::date(QDate()), QString());
}

TEST(IsoDatesTest, TextThatIsNoExactDateGoesToQtsParser)
{
    for (const QString& text :
         {QStringLiteral("2026-02-30"), QStringLiteral("2026-13-01"), QStringLiteral("2026-1-01"),
          QStringLiteral("2026/01/01"), QStringLiteral("20x6-01-01"), QStringLiteral(""),
          QStringLiteral("2026-12-01T10:00:00"), QStringLiteral("+2026-12-01")}) {
        SCOPED_TRACE(text.toStdString());
        EXPECT_EQ(iso::parseDate(text), QDate::fromString(text, Qt::ISODate));
    }
}

TEST(IsoDatesTest, MomentsAreReadAsUtcAsQtReadsThem)
{
    const QDateTime start(QDate(2026, 11, 30), QTime(23, 59, 58, 997), QTimeZone::utc());
    for (qint64 step = 0; step < 200; ++step) {
        const QDateTime moment = start.addMSecs(step * 1'234'567);
        const QString text = moment.toString(Qt::ISODateWithMs);
        ASSERT_EQ(iso::parseMoment(text), moment) << qPrintable(text);
        ASSERT_EQ(iso::parseMoment(text).timeSpec(), Qt::UTC);
    }
    for (const QString& text :
         {QStringLiteral("2026-12-01T13:54:48Z"), QStringLiteral("2026-12-01T13:54:48.123"),
          QStringLiteral("2026-12-01T25:54:48.123Z"), QStringLiteral("2026-12-01 13:54:48.123Z"),
          QStringLiteral("2026-12-01T13:54:48.12xZ"), QStringLiteral("2026-12-01T13:54:48+01:00")}) {
        SCOPED_TRACE(text.toStdString());
        QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        qt.setTimeSpec(Qt::UTC);
        EXPECT_EQ(iso::parseMoment(text), qt);
    }
}
