#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

// Dates and moments as the database keeps them (ISO 8601: 2026-12-01, 2026-12-01T13:54:48.123Z),
// written and read by hand in their exact form. Qt formats a date through printf and parses through
// its general date parser: a list of 100,000 children spent a sixth of its time there. Text in any
// other form goes to Qt's parser, so the result is always what Qt's would be.
namespace kz::iso {

QString date(const QDate& date);         // yyyy-MM-dd; empty for an invalid date
QDate parseDate(QStringView text);       // invalid when the text is no date
QDateTime parseMoment(QStringView text); // read as UTC

} // namespace kz::iso
