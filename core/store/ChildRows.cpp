#include "ChildRows.h"

#include "IsoDates.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"

namespace kz {

QString childColumnsSql()
{
    return QStringLiteral(
        "c.id, c.given_name, c.family_name, c.birth_date, c.group_id, c.start_date, c.end_date, "
        "c.neighbourhood, c.home_languages, c.ve_indication_date, c.leave_reason, "
        "c.external_number");
}

namespace {

// Read by hand (IsoDates): every list of children reads these for each row.
std::optional<QDate> optionalDate(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const QString text = value.toString();
    return text.isEmpty() ? std::nullopt : std::optional<QDate>(iso::parseDate(text));
}

} // namespace

Child readChildColumns(const SqlQuery& query)
{
    Child c;
    c.id = query.value(0).toLongLong();
    c.givenName = query.value(1).toString();
    c.familyName = query.value(2).toString();
    c.birthDate = iso::parseDate(query.value(3).toString());
    c.groupId = query.value(4).toLongLong();
    c.startDate = iso::parseDate(query.value(5).toString());
    c.endDate = optionalDate(query.value(6));
    c.neighbourhood = query.value(7).toString();
    c.homeLanguages = query.value(8).toString();
    c.veIndicationDate = optionalDate(query.value(9));
    c.leaveReason = leaveReasonFromCode(query.value(10).toString());
    c.externalNumber = query.value(11).toString();
    return c;
}

} // namespace kz
