#pragma once

#include "ParsedPartner.h"
#include "domain/Partner.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kz {

// One column of the partner CSV: its Dutch and English header and the other
// names people give it.
struct PartnerCsvColumn
{
    PartnerField field;
    bool district = false; // the stadsdeel column feeds service areas too
    const char* nl;
    const char* en;
    QList<const char*> aliases;
};

// The words of the partner CSV in both languages: the column headers and the
// values in the cells (audiences, statuses, dates, lists), as PartnerCsv reads
// and writes them.
class PartnerCsvVocabulary
{
public:
    // In the order the export writes them; `nl` and `en` are its headers.
    static const QList<PartnerCsvColumn>& columns();
    // Matches case, spaces and underscores loosely; nullptr for a column no one
    // knows.
    static const PartnerCsvColumn* columnFor(const QString& header);
    static QString normaliseHeader(const QString& header);

    // Values separated by ';', ',' or line breaks, trimmed, without empty ones.
    static QStringList splitValues(const QString& text);
    static std::optional<QString> audienceCode(const QString& word);
    static QString audienceText(const QStringList& codes, bool dutch);
    static std::optional<PartnerStatus> statusFrom(const QString& text);
    static QString statusText(PartnerStatus status, bool dutch);
    // ISO or Dutch (d-M-yyyy, d/M/yyyy, d.M.yyyy) dates.
    static std::optional<QDate> dateFrom(const QString& text);
};

} // namespace kz
