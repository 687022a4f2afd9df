#include "services/Anonymiser.h"

#include "services/RelativeTime.h"

#include <gtest/gtest.h>

using namespace kz;

namespace {

Anonymiser anonymiser()
{
    return Anonymiser(
        {{QStringLiteral("Noor de Vries"), QStringLiteral("[child]"), IdentifierKind::Child},
         {QStringLiteral("Noor"), QStringLiteral("[child]"), IdentifierKind::Child},
         {QStringLiteral("de Vries"), QStringLiteral("[family name]"), IdentifierKind::Child},
         {QStringLiteral("Mariahoeve & Marlot"), QStringLiteral("a Hague neighbourhood"),
          IdentifierKind::Area},
         {QStringLiteral("Roos"), QStringLiteral("[another child]"), IdentifierKind::OtherChild}});
}

} // namespace

TEST(AnonymiserTest, NamesArePlacesAreReplacedAsWholeWordsLongestFirst)
{
    Anonymiser a = anonymiser();
    EXPECT_EQ(a.apply(QStringLiteral("Noor de Vries speelt met ROOS in Mariahoeve  & Marlot; Noortje niet.")),
              QStringLiteral("[child] speelt met [another child] in a Hague neighbourhood; Noortje niet."));
    EXPECT_EQ(a.apply(QStringLiteral("Moeder De Vries belde.")),
              QStringLiteral("Moeder [family name] belde."));
    ASSERT_EQ(a.replacements().size(), 4);
    EXPECT_EQ(a.replacements().at(0).original, QStringLiteral("Noor de Vries"));
    EXPECT_EQ(a.replacements().at(1).count, 1);
}

TEST(AnonymiserTest, DatesInEveryUsualFormAreReplaced)
{
    Anonymiser a({});
    const QStringList dates = {
        QStringLiteral("14-03-2025"),     QStringLiteral("14/3/25"),       QStringLiteral("2025-03-14"),
        QStringLiteral("14.03.2025"),     QStringLiteral("14 maart 2025"), QStringLiteral("14 maart"),
        QStringLiteral("March 14, 2025"), QStringLiteral("maart 2025"),    QStringLiteral("14/3"),
        QStringLiteral("2024"),           QStringLiteral("3e mei")};
    for (const QString& d : dates)
        EXPECT_EQ(a.apply(QStringLiteral("Op %1 gezien.").arg(d)), QStringLiteral("Op [date] gezien."))
            << qPrintable(d);
}

TEST(AnonymiserTest, PostcodesAndContactDetailsAreReplacedButOrdinaryNumbersStay)
{
    Anonymiser a({});
    EXPECT_EQ(a.apply(QStringLiteral("Woont op 2591 TV, 2591TV of 2591tv.")),
              QStringLiteral("Woont op [postcode], [postcode] of [postcode]."));
    EXPECT_EQ(a.apply(QStringLiteral("Bel 06-12345678 of mail ouder@example.nl")),
              QStringLiteral("Bel [phone number] of mail [e-mail address]"));
    EXPECT_EQ(a.apply(QStringLiteral("Telt tot 10 en bouwt een toren van 8 blokken.")),
              QStringLiteral("Telt tot 10 en bouwt een toren van 8 blokken."));
}

TEST(AnonymiserTest, ThePractitionerKeepsOrdinaryWordsButNeverADate)
{
    Anonymiser a = anonymiser();
    const QString text = QStringLiteral("Roos tekende een roos op 5-3-2025.");
    EXPECT_EQ(a.apply(text), QStringLiteral("[another child] tekende een [another child] op [date]."));
    const QSet<QString> kept = {QStringLiteral("roos"), QStringLiteral("5-3-2025")};
    EXPECT_EQ(a.apply(text, kept), QStringLiteral("Roos tekende een roos op [date]."));
    for (const Replacement& r : a.replacements())
        EXPECT_EQ(r.confirmable, r.kind != IdentifierKind::Date) << qPrintable(r.original);
}

TEST(AnonymiserTest, TimeIsToldRelativeToToday)
{
    const QDate today(2026, 5, 20);
    EXPECT_EQ(RelativeTime::of(today, today), QStringLiteral("today"));
    EXPECT_EQ(RelativeTime::of(today.addDays(-5), today), QStringLiteral("5 day(s) ago"));
    EXPECT_EQ(RelativeTime::of(today.addDays(-21), today), QStringLiteral("3 week(s) ago"));
    EXPECT_EQ(RelativeTime::of(QDate(2026, 2, 10), today), QStringLiteral("3 month(s) ago"));
    EXPECT_EQ(RelativeTime::of(QDate(2023, 5, 1), today), QStringLiteral("3 year(s) ago"));
    EXPECT_EQ(RelativeTime::of(today.addDays(14), today), QStringLiteral("in 2 week(s)"));
}
