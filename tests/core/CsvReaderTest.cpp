#include "io/CsvReader.h"

#include "Error.h"
#include "io/CsvWriter.h"

#include <QRandomGenerator>
#include <chrono>
#include <gtest/gtest.h>

using namespace kz;

namespace {

QString errorOf(const QByteArray& bytes)
{
    try {
        CsvReader::parse(bytes);
    } catch (const Error& e) {
        return e.userMessage();
    }
    return {};
}

} // namespace

TEST(CsvReaderTest, ReadsSemicolonsWithBomCrlfAndQuotedLineBreaks)
{
    const QByteArray bytes = "\xEF\xBB\xBFnaam;omschrijving\r\n"
                             "\"Bibliotheek; Haagse Hout\";\"Voorlezen\r\nen \"\"taal\"\"\"\r\n"
                             "\r\n"
                             "CJG;Vragen\r\n";
    const CsvTable table = CsvReader::parse(bytes);
    EXPECT_EQ(table.delimiter, QLatin1Char(';'));
    ASSERT_EQ(table.records.size(), 3);
    EXPECT_EQ(table.records[1].fields[0], QStringLiteral("Bibliotheek; Haagse Hout"));
    EXPECT_EQ(table.records[1].fields[1], QStringLiteral("Voorlezen\nen \"taal\""));
    EXPECT_EQ(table.records[1].line, 2);
    EXPECT_EQ(table.records[2].line, 5); // the quoted line break and the blank line count
}

TEST(CsvReaderTest, ReadsCommasLfAndAFinalLineWithoutBreak)
{
    const CsvTable table = CsvReader::parse("name,city\nA,Den Haag\nB,Delft");
    EXPECT_EQ(table.delimiter, QLatin1Char(','));
    ASSERT_EQ(table.records.size(), 3);
    EXPECT_EQ(table.records[2].fields, (QStringList{QStringLiteral("B"), QStringLiteral("Delft")}));
}

TEST(CsvReaderTest, RefusesHostileInputNamingTheLine)
{
    EXPECT_EQ(errorOf(""), QStringLiteral("The file is empty."));
    EXPECT_EQ(errorOf("\xEF\xBB\xBF \r\n"), QStringLiteral("The file is empty."));
    EXPECT_TRUE(errorOf("naam\nA\n\"B\nC\n").contains(QStringLiteral("line 3")))
        << errorOf("naam\nA\n\"B\nC\n").toStdString();
    EXPECT_TRUE(errorOf("naam,plaats\n\"A\"x,B\n").contains(QStringLiteral("Line 2")));
    EXPECT_TRUE(errorOf("naam\nok\nbad \xC3\x28 byte\n").contains(QStringLiteral("Line 3")));
    EXPECT_TRUE(errorOf("naam\n\xED\xA0\x80\n").contains(QStringLiteral("Line 2"))); // a UTF-16 surrogate
    EXPECT_TRUE(errorOf("naam\n\xC0\xAF\n").contains(QStringLiteral("Line 2")));     // an overlong '/'
    const QByteArray huge = "naam,omschrijving\nA,\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"\n";
    EXPECT_TRUE(errorOf(huge).contains(QStringLiteral("line 2"))) << errorOf(huge).toStdString();
}

TEST(CsvReaderTest, WhatTheWriterWritesReadsBack)
{
    const QList<QStringList> rows = {
        {QStringLiteral("naam"), QStringLiteral("tekst")},
        {QStringLiteral("a,b;c"), QStringLiteral("quote \" and\r\nline")},
        {QString(), QStringLiteral("tab\there")},
    };
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
        QString text;
        for (const QStringList& row : rows)
            text += CsvWriter::line(row, delimiter);
        const CsvTable table = CsvReader::parse(text.toUtf8());
        ASSERT_EQ(table.records.size(), rows.size());
        EXPECT_EQ(table.records[1].fields[1], QStringLiteral("quote \" and\nline"));
        EXPECT_EQ(table.records[2].fields, rows[2]);
    }
}

// A randomized test in place of a libFuzzer target: random bytes, and random mutations of a
// valid file, must either parse or be refused with kz::Error — never crash, hang or throw
// anything else. Bounded by count and by time so CI stays quick; the seed is printed.
TEST(CsvReaderTest, RandomAndMutatedInputNeverCrashes)
{
    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    QRandomGenerator random(seed);
    const QByteArray valid =
        "naam;wijk;omschrijving\r\n\"CJG\";Bezuidenhout;\"a \"\"b\"\"\r\nc\"\r\nBieb;Segbroek;x\r\n";
    const QByteArray alphabet = "\";,\r\n\t aé\xC3\xEF\xBB\xBF\x80\xFFz0";
    const auto start = std::chrono::steady_clock::now();
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray input;
        if (i % 2 == 0) {
            const int length = static_cast<int>(random.bounded(200));
            for (int k = 0; k < length; ++k)
                input.append(alphabet.at(static_cast<int>(random.bounded(alphabet.size()))));
        } else {
            input = valid;
            const int edits = 1 + static_cast<int>(random.bounded(6));
            for (int k = 0; k < edits; ++k) {
                const int at = static_cast<int>(random.bounded(input.size() + 1));
                const char c = alphabet.at(static_cast<int>(random.bounded(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    input.insert(at, c);
                    break;
                case 1:
                    if (at < input.size())
                        input.remove(at, 1);
                    break;
                default:
                    if (at < input.size())
                        input[at] = c;
                    break;
                }
            }
        }
        try {
            const CsvTable table = CsvReader::parse(input);
            for (const CsvRecord& r : table.records)
                ASSERT_GE(r.line, 1);
            ++parsed;
        } catch (const Error&) {
            ++refused;
        }
        if (std::chrono::steady_clock::now() - start > std::chrono::seconds(10))
            break;
    }
    EXPECT_GT(parsed, 0);
    EXPECT_GT(refused, 0);
}
