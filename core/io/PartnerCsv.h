#pragma once

#include "ParsedPartner.h"
#include "domain/Partner.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kz {

struct CsvRecord;
struct PartnerCsvColumn;

struct PartnerCsvContent
{
    QList<ParsedPartner> partners;
    QStringList unknownColumns; // reported, not a reason to refuse
};

// The sociale kaart as CSV. Reading matches columns by their Dutch or English
// header in any order; writing produces a file that reads back to the same
// partners.
class PartnerCsv
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerCsv)

public:
    // Throws kz::Error (Validation) when the file as a whole cannot be read;
    // problems of one row are left in that row's `problems`.
    static PartnerCsvContent read(const QByteArray& bytes);
    // language "nl" or "en": the header and the category labels.
    static QByteArray write(const QList<Partner>& partners, const QList<PartnerCategory>& categories,
                            const QList<Area>& areas, const QString& language);

    // "2", "2 jaar", "3,5 years", "18 maanden": whole years, widened outwards for
    // fractions.
    static std::optional<int> parseAge(const QString& text, bool upperBound, bool* ok);
    // "Name | role | phone | email" per line (or "Name (role)"), as the export
    // writes them.
    static QList<PartnerContact> parseContacts(const QString& text);
    static QString formatContacts(const QList<PartnerContact>& contacts);

private:
    // The column of each header field (nullptr: unknown, reported); throws
    // without a name column.
    static QList<const PartnerCsvColumn*> mapHeader(const CsvRecord& header, QStringList& unknownColumns);
    static ParsedPartner readRow(const CsvRecord& header, const QList<const PartnerCsvColumn*>& mapping,
                                 const CsvRecord& record);
    // One cell into `parsed`; the wijk and stadsdeel columns add to `areas`.
    static void readField(ParsedPartner& parsed, PartnerField field, const QString& value,
                          QStringList& areas);
};

} // namespace kz
