#include "PartnerCsv.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "Error.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace kz {

namespace {

struct Column
{
    PartnerField field;
    bool district = false; // the stadsdeel column feeds service areas too
    const char* nl;
    const char* en;
    QList<const char*> aliases;
};

// Header names in both languages; the first two are what the export writes.
const QList<Column>& columns()
{
    static const QList<Column> table = {
        {PartnerField::HsdsId, false, "id", "id", {"hsds id", "identifier"}},
        {PartnerField::Name, false, "naam", "name", {"organisatie", "organisation", "organization"}},
        {PartnerField::Category, false, "categorie", "category", {"soort", "type"}},
        {PartnerField::ServiceAreas,
         false,
         "wijk",
         "neighbourhood",
         {"wijken", "neighborhood", "neighbourhoods"}},
        {PartnerField::ServiceAreas, true, "stadsdeel", "district", {"stadsdelen", "districts"}},
        {PartnerField::Address, false, "adres", "address", {"straat", "street"}},
        {PartnerField::Postcode, false, "postcode", "postcode", {"postal code", "zip"}},
        {PartnerField::City, false, "plaats", "city", {"woonplaats", "town"}},
        {PartnerField::Country, false, "land", "country", {}},
        {PartnerField::Phone, false, "telefoon", "phone", {"telefoonnummer", "tel", "telephone"}},
        {PartnerField::Email,
         false,
         "e-mail",
         "email",
         {"mail", "emailadres", "e-mailadres", "e-mail address"}},
        {PartnerField::Website, false, "website", "website", {"url", "web", "internet"}},
        {PartnerField::MinimumAge,
         false,
         "leeftijd van",
         "minimum age",
         {"min leeftijd", "minimumleeftijd", "min age"}},
        {PartnerField::MaximumAge,
         false,
         "leeftijd tot",
         "maximum age",
         {"max leeftijd", "maximumleeftijd", "max age"}},
        {PartnerField::Audience, false, "doelgroep", "audience", {"doelgroepen"}},
        {PartnerField::Languages, false, "talen", "languages", {"taal", "language"}},
        {PartnerField::Contacts,
         false,
         "contactpersoon",
         "contact",
         {"contactpersonen", "contacts", "contact person"}},
        {PartnerField::Description, false, "omschrijving", "description", {"beschrijving"}},
        {PartnerField::Services, false, "diensten", "services", {"aanbod"}},
        {PartnerField::Status, false, "status", "status", {}},
        {PartnerField::AssuredDate,
         false,
         "gecontroleerd op",
         "verified on",
         {"laatst gecontroleerd", "assured date"}},
        {PartnerField::Assurer, false, "gecontroleerd door", "verified by", {"assurer"}},
    };
    return table;
}

QString normaliseHeader(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return h;
}

const Column* columnFor(const QString& header)
{
    const QString h = normaliseHeader(header);
    for (const Column& c : columns()) {
        if (h == QLatin1String(c.nl) || h == QLatin1String(c.en))
            return &c;
        for (const char* alias : c.aliases)
            if (h == QLatin1String(alias))
                return &c;
    }
    return nullptr;
}

QStringList splitValues(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\n]"));
    QStringList result;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

std::optional<QString> audienceCode(const QString& word)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("children"), QStringLiteral("children")},
        {QStringLiteral("kinderen"), QStringLiteral("children")},
        {QStringLiteral("kind"), QStringLiteral("children")},
        {QStringLiteral("parents"), QStringLiteral("parents")},
        {QStringLiteral("ouders"), QStringLiteral("parents")},
        {QStringLiteral("professionals"), QStringLiteral("professionals")},
        {QStringLiteral("professional"), QStringLiteral("professionals")},
        {QStringLiteral("beroepskrachten"), QStringLiteral("professionals")},
    };
    const auto it = words.constFind(word.trimmed().toLower());
    return it == words.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

QString audienceText(const QStringList& codes, bool dutch)
{
    if (!dutch)
        return codes.join(QStringLiteral(", "));
    QStringList words;
    for (const QString& code : codes)
        words.append(code == QLatin1String("children")  ? QStringLiteral("kinderen")
                     : code == QLatin1String("parents") ? QStringLiteral("ouders")
                                                        : code);
    return words.join(QStringLiteral(", "));
}

std::optional<PartnerStatus> statusFrom(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("actief"))
        return PartnerStatus::Active;
    if (t == QLatin1String("inactief"))
        return PartnerStatus::Inactive;
    if (t == QLatin1String("opgeheven"))
        return PartnerStatus::Defunct;
    if (t == QLatin1String("tijdelijk gesloten"))
        return PartnerStatus::TemporarilyClosed;
    return partnerStatusFromCode(t);
}

QString statusText(PartnerStatus status, bool dutch)
{
    if (!dutch)
        return toCode(status);
    switch (status) {
    case PartnerStatus::Active:
        return QStringLiteral("actief");
    case PartnerStatus::Inactive:
        return QStringLiteral("inactief");
    case PartnerStatus::Defunct:
        return QStringLiteral("opgeheven");
    case PartnerStatus::TemporarilyClosed:
        return QStringLiteral("tijdelijk gesloten");
    }
    return toCode(status);
}

std::optional<QDate> dateFrom(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d-M-yyyy"),
                                  QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> PartnerCsv::parseAge(const QString& text, bool upperBound, bool* ok)
{
    *ok = true;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{1,3}(?:[.,]\\d+)?)\\s*(jaar|jr\\.?|j|years?|yrs?|y|maanden|maand|mnd\\.?|months?|m)?$"));
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
    QList<const Column*> mapping;
    PartnerCsvContent content;
    bool hasName = false;
    for (const QString& name : header.fields) {
        const Column* column = columnFor(name);
        mapping.append(column);
        if (!column && !name.trimmed().isEmpty())
            content.unknownColumns.append(name.trimmed());
        hasName = hasName || (column && column->field == PartnerField::Name);
    }
    if (!hasName)
        throw Error(
            Error::Kind::Validation,
            tr("Line %1 has no column with the partner's name (\"naam\" or \"name\"); is this the header "
               "line of a partner list?")
                .arg(header.line));

    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records.at(r);
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
            content.partners.append(parsed);
            continue;
        }
        QStringList wijken;
        QStringList districts;
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            const Column* column = mapping.at(i);
            if (!column)
                continue;
            const QString value = CsvWriter::unprotected(record.fields.at(i));
            const QString trimmed = value.trimmed();
            if (CsvWriter::looksLikeFormula(value))
                parsed.warnings.append(
                    tr("column \"%1\" starts with \"%2\": a spreadsheet would run it as a formula")
                        .arg(header.fields.at(i).trimmed(), value.left(1)));
            parsed.provided.insert(column->field);
            switch (column->field) {
            case PartnerField::HsdsId:
                p.hsdsId = trimmed;
                break;
            case PartnerField::Name:
                p.name = trimmed;
                break;
            case PartnerField::Category:
                parsed.categoryText = trimmed;
                break;
            case PartnerField::ServiceAreas:
                (column->district ? districts : wijken).append(splitValues(value));
                break;
            case PartnerField::Address:
                p.address = trimmed;
                break;
            case PartnerField::Postcode:
                p.postcode = trimmed;
                break;
            case PartnerField::City:
                p.city = trimmed;
                break;
            case PartnerField::Country:
                p.country = trimmed.isEmpty() ? QStringLiteral("NL") : trimmed.toUpper();
                break;
            case PartnerField::Phone:
                p.phone = trimmed;
                break;
            case PartnerField::Email:
                p.email = trimmed;
                break;
            case PartnerField::Website:
                p.website = trimmed;
                break;
            case PartnerField::MinimumAge:
            case PartnerField::MaximumAge: {
                bool ok = true;
                const bool upper = column->field == PartnerField::MaximumAge;
                const auto age = parseAge(value, upper, &ok);
                if (!ok)
                    parsed.problems.append(
                        tr("\"%1\" is not an age in years (like 2, 4 jaar or 18 maanden).").arg(trimmed));
                (upper ? p.maximumAge : p.minimumAge) = age;
                break;
            }
            case PartnerField::Audience:
                for (const QString& word : splitValues(value)) {
                    if (const auto code = audienceCode(word))
                        p.audience.append(*code);
                    else
                        parsed.problems.append(
                            tr("Unknown audience \"%1\"; use children, parents or professionals.").arg(word));
                }
                break;
            case PartnerField::Languages:
                p.languages = splitValues(value);
                break;
            case PartnerField::Contacts:
                p.contacts = parseContacts(value);
                break;
            case PartnerField::Description:
                p.description = trimmed;
                break;
            case PartnerField::Services:
                // One per line (as the export writes) or separated by ';': service names may hold commas.
                for (const QString& service : value.split(QRegularExpression(QStringLiteral("[;\\n]"))))
                    if (!service.trimmed().isEmpty())
                        p.services.append(service.trimmed());
                break;
            case PartnerField::Status:
                if (const auto status = statusFrom(value))
                    p.status = *status;
                else
                    parsed.problems.append(tr("Unknown status \"%1\".").arg(trimmed));
                break;
            case PartnerField::AssuredDate:
                if (!trimmed.isEmpty()) {
                    p.assuredDate = dateFrom(trimmed);
                    if (!p.assuredDate)
                        parsed.problems.append(
                            tr("\"%1\" is not a date (like 2026-03-01 or 1-3-2026).").arg(trimmed));
                }
                break;
            case PartnerField::Assurer:
                p.assurer = trimmed;
                break;
            }
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
        content.partners.append(parsed);
    }
    return content;
}

QByteArray PartnerCsv::write(const QList<Partner>& partners, const QList<PartnerCategory>& categories,
                             const QList<Area>& areas, const QString& language)
{
    const bool dutch = language != QLatin1String("en");
    QStringList header;
    for (const Column& c : columns())
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
            audienceText(p.audience, dutch),
            p.languages.join(QStringLiteral(", ")),
            formatContacts(p.contacts),
            p.description,
            p.services.join(QLatin1Char('\n')),
            statusText(p.status, dutch),
            p.assuredDate ? p.assuredDate->toString(Qt::ISODate) : QString(),
            p.assurer,
        };
        out += CsvWriter::line(row);
    }
    // With a BOM, so Excel opens the file as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kz
