#pragma once

#include <QDate>
#include <QString>
#include <optional>

class QDateEdit;
class QDateTimeEdit;
class QWidget;

namespace kz {

// Date fields in the children's dialogs: four-digit years (a birth date must never be ambiguous),
// a calendar to pick from, and "not set" for a date that is still unknown or optional.
// The interface language's short date with a four-digit year: 05-03-2024 in Dutch, 05/03/2024 in
// English. For date fields and for dates written into sentences alike.
QString dateFormat();
QDateEdit* makeDateEdit(QWidget* parent, const std::optional<QDate>& date);
std::optional<QDate> dateOf(const QDateEdit* edit);
void setDateOf(QDateEdit* edit, const std::optional<QDate>& date);
// Tab and Shift+Tab leave the field for the next one, keeping what was typed, as in any other field
// (Qt's own date field walks day, month and year first). The arrow keys still move between them.
void leaveOnTab(QDateTimeEdit* edit);

} // namespace kz
