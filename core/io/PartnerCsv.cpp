#include "PartnerCsv.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "Error.h"
#include "PartnerCsvVocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace kz {

namespace {

using Vocabulary = PartnerCsvVocabulary;

// The fields read as their trimmed text; nullptr for those that need reading.
QString* plainText(ParsedPartner& parsed, PartnerField field)
{
    Partner& p = parsed.partner;
    switch (field) {
    case PartnerField::HsdsId:
        return &p.hsdsId;
    case PartnerField::Name:
        return &p.name;
    case PartnerField::Category:
        return &parsed.categoryText;
    case PartnerField::Address:
        return &p.address;
    case PartnerField::Postcode:
        return &p.postcode;
    case PartnerField::City:
        return &p.city;
    case PartnerField::Phone:
        return &p.phone;
    case PartnerField::Email:
        return &p.email;
    case PartnerField::Website:
        return &p.website;
    case PartnerField::Description:
        return &p.description;
    case PartnerField::Assurer:
        return &p.assurer;
    default:
        return nullptr;
    }
}

} // namespace

std::optional<int> PartnerCsv::parseAge(const QString& text, bool upperBound, bool* ok)
{
    *ok = true;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,3}(?:[.,]\\d+)?)\\s*(jaar|jr\\.?|j|years?|yrs?|y|"
                       "maanden|maand|mnd\\.?|months?|m)?$"));
    const auto match = pattern.match(t);
    if (!match.hasMatch()) {
        *ok = false;
        return std::nullopt;
    }
    double value = match.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    const QString unit = match.captured(2);
    if (unit.startsWith(QLatin1Char('m')))
        value /= 12.0;
    // A range "from 3,5 years" starts in the fourth year; "up to 3,5" ends in it.
    return static_cast<int>(upperBound ? std::ceil(value - 1e-9) : std::floor(value + 1e-9));
}

QList<PartnerContact> PartnerCsv::parseContacts(const QString& text)
{
    QList<PartnerContact> result;
    const QStringList lines =
        text.contains(QLatin1Char('\n')) ? text.split(QLatin1Char('\n')) : text.split(QLatin1Char(';'));
    static const QRegularExpression nameAndRole(QStringLiteral("^(.*?)\\s*\\(([^()]*)\\)\\s*$"));
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        PartnerContact contact;
        if (line.contains(QLatin1Char('|'))) {
            const QStringList parts = line.split(QLatin1Char('|'));
            contact.name = parts.value(0).trimmed();
            contact.role = parts.value(1).trimmed();
            contact.phone = parts.value(2).trimmed();
            contact.email = parts.value(3).trimmed();
        } else if (const auto m = nameAndRole.match(line); m.hasMatch()) {
            contact.name = m.captured(1).trimmed();
            contact.role = m.captured(2).trimmed();
        } else {
            contact.name = line.trimmed();
        }
        result.append(contact);
    }
    return result;
}

QString PartnerCsv::formatContacts(const QList<PartnerContact>& contacts)
{
    QStringList lines;
    for (const PartnerContact& c : contacts) {
        QStringList parts{c.name, c.role, c.phone, c.email};
        while (parts.size() > 1 && parts.back().isEmpty())
            parts.removeLast();
        lines.append(parts.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

PartnerCsvContent PartnerCsv::read(const QByteArray& bytes)
{
    const CsvTable table = CsvReader::parse(bytes);
    if (table.records.isEmpty()) // only delimiters and blank lines (found by fuzzing: ",")
        throw Error(Error::Kind::Validation, tr("The file has no header line; is this a partner list?"));
    const CsvRecord& header = table.records.front();
    PartnerCsvContent content;
    const QList<const PartnerCsvColumn*> mapping = mapHeader(header, content.unknownColumns);
    for (qsizetype r = 1; r < table.records.size(); ++r)
        content.partners.append(readRow(header, mapping, table.records.at(r)));
    return content;
}

QList<const PartnerCsvColumn*> PartnerCsv::mapHeader(const CsvRecord& header, QStringList& unknownColumns)
{
    QList<const PartnerCsvColumn*> mapping;
    bool hasName = false;
    for (const QString& name : header.fields) {
        const PartnerCsvColumn* column = Vocabulary::columnFor(name);
        mapping.append(column);
        if (!column && !name.trimmed().isEmpty())
            unknownColumns.append(name.trimmed());
        hasName = hasName || (column && column->field == PartnerField::Name);
    }
    if (!hasName)
        throw Error(Error::Kind::Validation, tr("Line %1 has no column with the partner's name (\"naam\" or "
                                                "\"name\"); is this the header "
                                                "line of a partner list?")
                                                 .arg(header.line));
    return mapping;
}

ParsedPartner PartnerCsv::readRow(const CsvRecord& header, const QList<const PartnerCsvColumn*>& mapping,
                                  const CsvRecord& record)
{
    ParsedPartner parsed;
    parsed.line = record.line;
    parsed.where = tr("line %1").arg(record.line);
    Partner& p = parsed.partner;
    p.status = PartnerStatus::Active;

    qsizetype fieldCount = record.fields.size();
    while (fieldCount > header.fields.size() && record.fields.at(fieldCount - 1).trimmed().isEmpty())
        --fieldCount; // trailing delimiters some programs add
    if (fieldCount != header.fields.size()) {
        parsed.problems.append(
            tr("%n field(s) where the header has %1.", nullptr, static_cast<int>(fieldCount))
                .arg(header.fields.size()));
        return parsed;
    }
    QStringList wijken;
    QStringList districts;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const PartnerCsvColumn* column = mapping.at(i);
        if (!column)
            continue;
        const QString value = CsvWriter::unprotected(record.fields.at(i));
        if (CsvWriter::looksLikeFormula(value))
            parsed.warnings.append(tr("column \"%1\" starts with \"%2\": a spreadsheet would run it as "
                                      "a formula")
                                       .arg(header.fields.at(i).trimmed(), value.left(1)));
        parsed.provided.insert(column->field);
        readField(parsed, column->field, value, column->district ? districts : wijken);
    }
    p.serviceAreas = wijken + districts;
    // A new wijk on a row naming one stadsdeel lies in that stadsdeel.
    const QString parent = districts.size() == 1 ? districts.front() : QString();
    for (const QString& wijk : wijken)
        parsed.areas.append({wijk, parent});
    for (const QString& district : districts)
        parsed.areas.append({district, {}});
    if (p.name.isEmpty())
        parsed.problems.append(tr("The name is empty."));
    return parsed;
}

void PartnerCsv::readField(ParsedPartner& parsed, PartnerField field, const QString& value,
                           QStringList& areas)
{
    Partner& p = parsed.partner;
    const QString trimmed = value.trimmed();
    if (QString* text = plainText(parsed, field)) {
        *text = trimmed;
        return;
    }
    switch (field) {
    case PartnerField::ServiceAreas:
        areas.append(Vocabulary::splitValues(value));
        break;
    case PartnerField::Country:
        p.country = trimmed.isEmpty() ? QStringLiteral("NL") : trimmed.toUpper();
        break;
    case PartnerField::MinimumAge:
    case PartnerField::MaximumAge: {
        bool ok = true;
        const bool upper = field == PartnerField::MaximumAge;
        const auto age = parseAge(value, upper, &ok);
        if (!ok)
            parsed.problems.append(
                tr("\"%1\" is not an age in years (like 2, 4 jaar or 18 maanden).").arg(trimmed));
        (upper ? p.maximumAge : p.minimumAge) = age;
        break;
    }
    case PartnerField::Audience:
        for (const QString& word : Vocabulary::splitValues(value)) {
            if (const auto code = Vocabulary::audienceCode(word))
                p.audience.append(*code);
            else
                parsed.problems.append(tr("Unknown audience \"%1\"; use children, "
                                          "parents or professionals.")
                                           .arg(word));
        }
        break;
    case PartnerField::Languages:
        p.languages = Vocabulary::splitValues(value);
        break;
    case PartnerField::Contacts:
        p.contacts = parseContacts(value);
        break;
    case PartnerField::Services:
        // One per line (as the export writes) or separated by ';': service names
        // may hold commas.
        for (const QString& service : value.split(QRegularExpression(QStringLiteral("[;\\n]"))))
            if (!service.trimmed().isEmpty())
                p.services.append(service.trimmed());
        break;
    case PartnerField::Status:
        if (const auto status = Vocabulary::statusFrom(value))
            p.status = *status;
        else
            parsed.problems.append(tr("Unknown status \"%1\".").arg(trimmed));
        break;
    case PartnerField::AssuredDate:
        if (!trimmed.isEmpty()) {
            p.assuredDate = Vocabulary::dateFrom(trimmed);
            if (!p.assuredDate)
                parsed.problems.append(
                    tr("\"%1\" is not a date (like 2026-03-01 or 1-3-2026).").arg(trimmed));
        }
        break;
    default:
        break; // the plain text fields above
    }
}

QByteArray PartnerCsv::write(const QList<Partner>& partners, const QList<PartnerCategory>& categories,
                             const QList<Area>& areas, const QString& language)
{
    const bool dutch = language != QLatin1String("en");
    QStringList header;
    for (const PartnerCsvColumn& c : Vocabulary::columns())
        header.append(QString::fromUtf8(dutch ? c.nl : c.en));
    QHash<QString, QString> categoryLabel;
    for (const PartnerCategory& c : categories)
        categoryLabel.insert(c.code, dutch ? c.labelNl : c.labelEn);
    QSet<QString> parents; // areas that contain others go to the stadsdeel column
    for (const Area& a : areas)
        if (!a.parent.isEmpty())
            parents.insert(a.parent.toLower());

    QString out = CsvWriter::line(header);
    for (const Partner& p : partners) {
        QStringList wijken;
        QStringList districts;
        for (const QString& area : p.serviceAreas)
            (parents.contains(area.toLower()) ? districts : wijken).append(area);
        const QStringList row = {
            p.hsdsId,
            p.name,
            categoryLabel.value(p.categoryCode, p.categoryCode),
            wijken.join(QStringLiteral("; ")),
            districts.join(QStringLiteral("; ")),
            p.address,
            p.postcode,
            p.city,
            p.country,
            p.phone,
            p.email,
            p.website,
            p.minimumAge ? QString::number(*p.minimumAge) : QString(),
            p.maximumAge ? QString::number(*p.maximumAge) : QString(),
            Vocabulary::audienceText(p.audience, dutch),
            p.languages.join(QStringLiteral(", ")),
            formatContacts(p.contacts),
            p.description,
            p.services.join(QLatin1Char('\n')),
            Vocabulary::statusText(p.status, dutch),
            p.assuredDate ? p.assuredDate->toString(Qt::ISODate) : QString(),
            p.assurer,
        };
        out += CsvWriter::line(row);
    }
    // With a BOM, so Excel opens the file as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kz
