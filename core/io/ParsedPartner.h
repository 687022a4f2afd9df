#pragma once

#include "domain/Partner.h"

#include <QSet>
#include <QStringList>

namespace kz {

// The fields of a partner an import can carry. A file without a column leaves that field of an
// existing partner as it is, instead of wiping it.
enum class PartnerField
{
    HsdsId,
    Name,
    Description,
    Category,
    Address,
    Postcode,
    City,
    Country,
    Phone,
    Email,
    Website,
    MinimumAge,
    MaximumAge,
    Audience,
    Languages,
    ServiceAreas,
    Services,
    Status,
    AssuredDate,
    Assurer,
    Contacts,
};

// One partner as read from a file, before it is matched against the database.
struct ParsedPartner
{
    QString where; // "line 12" or "$[3]", for messages
    int line = 0;  // CSV line, 0 for JSON
    Partner partner;
    QString categoryText;        // a code or a label, as the file has it
    QString categoryCode;        // when the file names a code (HSDS taxonomy terms)
    QList<Area> areas;           // with parents when the file says (wijk in stadsdeel)
    QSet<PartnerField> provided; // which fields the file carries
    QStringList problems;        // reasons to reject this row, already translated
    QStringList warnings;        // accepted, but worth a look (a cell a spreadsheet would run as a formula)
};

} // namespace kz
