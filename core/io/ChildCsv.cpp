#include "ChildCsv.h"

#include "CsvReader.h"
#include "Error.h"

#include <QRegularExpression>

namespace kz {

namespace {

struct HeaderName
{
    ChildColumn column;
    const char* name; // lower case, without spaces, dashes, dots or underscores
};

constexpr HeaderName headerNames[] = {
    {ChildColumn::GivenName, "voornaam"},
    {ChildColumn::GivenName, "roepnaam"},
    {ChildColumn::GivenName, "givenname"},
    {ChildColumn::GivenName, "firstname"},
    {ChildColumn::Infix, "tussenvoegsel"},
    {ChildColumn::Infix, "tussenvoegsels"},
    {ChildColumn::Infix, "infix"},
    {ChildColumn::FamilyName, "achternaam"},
    {ChildColumn::FamilyName, "familienaam"},
    {ChildColumn::FamilyName, "familyname"},
    {ChildColumn::FamilyName, "lastname"},
    {ChildColumn::FamilyName, "surname"},
    {ChildColumn::BirthDate, "geboortedatum"},
    {ChildColumn::BirthDate, "birthdate"},
    {ChildColumn::BirthDate, "dateofbirth"},
    {ChildColumn::Group, "groep"},
    {ChildColumn::Group, "groepsnaam"},
    {ChildColumn::Group, "group"},
    {ChildColumn::StartDate, "startdatum"},
    {ChildColumn::StartDate, "begindatum"},
    {ChildColumn::StartDate, "startdate"},
    {ChildColumn::EndDate, "einddatum"},
    {ChildColumn::EndDate, "enddate"},
    {ChildColumn::Neighbourhood, "wijk"},
    {ChildColumn::Neighbourhood, "neighbourhood"},
    {ChildColumn::Neighbourhood, "neighborhood"},
    {ChildColumn::HomeLanguages, "thuistaal"},
    {ChildColumn::HomeLanguages, "thuistalen"},
    {ChildColumn::HomeLanguages, "talen"},
    {ChildColumn::HomeLanguages, "homelanguages"},
    {ChildColumn::HomeLanguages, "homelanguage"},
    {ChildColumn::HomeLanguages, "languages"},
    {ChildColumn::VeIndication, "veindicatie"},
    {ChildColumn::VeIndication, "veindicatiedatum"},
    {ChildColumn::VeIndication, "veindication"},
    {ChildColumn::ExternalNumber, "kindnummer"},
    {ChildColumn::ExternalNumber, "relatienummer"},
    {ChildColumn::ExternalNumber, "externalnumber"},
    {ChildColumn::ExternalNumber, "childnumber"},
};

QString dateLabel(ChildColumn column)
{
    switch (column) {
    case ChildColumn::BirthDate:
        return ChildCsv::tr("birth date");
    case ChildColumn::StartDate:
        return ChildCsv::tr("start date");
    case ChildColumn::EndDate:
        return ChildCsv::tr("end date");
    default:
        return ChildCsv::tr("VE indication date");
    }
}

// Fills one field of the row; a date that cannot be read becomes a problem of the row.
void fill(ParsedChild& row, ChildColumn column, const QString& raw, QString& infix)
{
    const QString value = raw.simplified();
    Child& c = row.child;
    auto date = [&]() -> std::optional<QDate> {
        if (value.isEmpty())
            return std::nullopt;
        const auto parsed = ChildCsv::parseDate(value);
        if (!parsed)
            row.problems.append(ChildCsv::tr("the %1 \"%2\" is not a date (write dd-mm-jjjj or jjjj-mm-dd)")
                                    .arg(dateLabel(column), value));
        return parsed;
    };
    switch (column) {
    case ChildColumn::GivenName:
        c.givenName = value;
        break;
    case ChildColumn::Infix:
        infix = value;
        break;
    case ChildColumn::FamilyName:
        c.familyName = value;
        break;
    case ChildColumn::BirthDate:
        c.birthDate = date().value_or(QDate());
        break;
    case ChildColumn::Group:
        row.groupName = value;
        break;
    case ChildColumn::StartDate:
        c.startDate = date().value_or(QDate());
        break;
    case ChildColumn::EndDate:
        c.endDate = date();
        break;
    case ChildColumn::Neighbourhood:
        c.neighbourhood = value;
        break;
    case ChildColumn::HomeLanguages:
        c.homeLanguages = value;
        break;
    case ChildColumn::VeIndication:
        c.veIndicationDate = date();
        break;
    case ChildColumn::ExternalNumber:
        c.externalNumber = value;
        break;
    }
}

} // namespace

std::optional<ChildColumn> ChildCsv::columnFor(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.remove(QRegularExpression(QStringLiteral("[\\s_.\\-]")));
    for (const HeaderName& n : headerNames)
        if (h == QLatin1String(n.name))
            return n.column;
    return std::nullopt;
}

std::optional<QDate> ChildCsv::parseDate(const QString& text)
{
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString t = text.trimmed();
    QDate date;
    if (const auto m = dutch.match(t); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto i = iso.match(t); i.hasMatch())
        date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

ChildCsvContent ChildCsv::read(const QByteArray& bytes)
{
    const CsvTable table = CsvReader::parse(bytes);
    const CsvRecord& header = table.records.front();
    ChildCsvContent content;
    QList<std::optional<ChildColumn>> mapping;
    for (const QString& name : header.fields) {
        const auto column = columnFor(name);
        mapping.append(column);
        if (column)
            content.columns.insert(*column);
        else if (!name.trimmed().isEmpty())
            content.unknownColumns.append(name.trimmed());
    }
    const QList<QPair<ChildColumn, QString>> required = {
        {ChildColumn::GivenName, tr("given name (\"voornaam\")")},
        {ChildColumn::FamilyName, tr("family name (\"achternaam\")")},
        {ChildColumn::BirthDate, tr("birth date (\"geboortedatum\")")},
        {ChildColumn::Group, tr("group (\"groep\")")}};
    for (const auto& [column, label] : required)
        if (!content.columns.contains(column))
            throw Error(Error::Kind::Validation,
                        tr("Line %1 has no column for the %2; is this the header line of a children list?")
                            .arg(header.line)
                            .arg(label));

    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records.at(r);
        ParsedChild row;
        row.line = record.line;
        qsizetype fieldCount = record.fields.size();
        while (fieldCount > header.fields.size() && record.fields.at(fieldCount - 1).trimmed().isEmpty())
            --fieldCount; // trailing delimiters some programs add
        if (fieldCount != header.fields.size()) {
            row.problems.append(
                tr("%n field(s) where the header has %1", nullptr, static_cast<int>(fieldCount))
                    .arg(header.fields.size()));
            content.rows.append(row);
            continue;
        }
        QString infix;
        for (qsizetype i = 0; i < mapping.size(); ++i)
            if (mapping.at(i))
                fill(row, *mapping.at(i), record.fields.at(i), infix);
        if (!infix.isEmpty())
            row.child.familyName = (infix + QLatin1Char(' ') + row.child.familyName).trimmed();
        content.rows.append(row);
    }
    return content;
}

} // namespace kz
