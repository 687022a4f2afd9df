#include "PartnerImport.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "db/Transaction.h"
#include "domain/Validator.h"
#include "io/PartnerCsv.h"
#include "io/PartnerHsds.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace kz {

namespace {

QString slug(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) &&
                 !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("category") : out;
}

// Keeps what the file does not carry from the partner already in the database.
Partner merge(const Partner& existing, const ParsedPartner& parsed, const QString& categoryCode)
{
    Partner p = existing;
    const Partner& in = parsed.partner;
    const auto has = [&](PartnerField f) { return parsed.provided.contains(f); };
    if (has(PartnerField::Name))
        p.name = in.name;
    if (has(PartnerField::Description))
        p.description = in.description;
    if (has(PartnerField::Category))
        p.categoryCode = categoryCode;
    if (has(PartnerField::Address))
        p.address = in.address;
    if (has(PartnerField::Postcode))
        p.postcode = in.postcode;
    if (has(PartnerField::City))
        p.city = in.city;
    if (has(PartnerField::Country))
        p.country = in.country;
    if (has(PartnerField::Phone))
        p.phone = in.phone;
    if (has(PartnerField::Email))
        p.email = in.email;
    if (has(PartnerField::Website))
        p.website = in.website;
    if (has(PartnerField::MinimumAge))
        p.minimumAge = in.minimumAge;
    if (has(PartnerField::MaximumAge))
        p.maximumAge = in.maximumAge;
    if (has(PartnerField::Audience))
        p.audience = in.audience;
    if (has(PartnerField::Languages))
        p.languages = in.languages;
    if (has(PartnerField::ServiceAreas))
        p.serviceAreas = in.serviceAreas;
    if (has(PartnerField::Services))
        p.services = in.services;
    if (has(PartnerField::Status))
        p.status = in.status;
    if (has(PartnerField::AssuredDate))
        p.assuredDate = in.assuredDate;
    if (has(PartnerField::Assurer))
        p.assurer = in.assurer;
    if (has(PartnerField::Contacts))
        p.contacts = in.contacts;
    return p;
}

} // namespace

int ImportPreview::count(ImportRow::Action action) const
{
    int n = 0;
    for (const ImportRow& row : rows)
        n += row.action == action ? 1 : 0;
    return n;
}

QStringList ImportPreview::narrowings() const
{
    QStringList lines;
    for (const ImportRow& row : rows) {
        if (row.action != ImportRow::Action::Update)
            continue;
        for (const FieldChange& change : row.fieldChanges)
            if (change.narrows)
                lines.append(PartnerImport::tr("%1, %2: %3").arg(row.where, row.partner.name, change.text()));
    }
    return lines;
}

PartnerImportBatch ImportPreview::batch() const
{
    PartnerImportBatch batch;
    batch.source = source;
    batch.newCategories = newCategories;
    batch.newAreas = newAreas;
    for (const ImportRow& row : rows) {
        if (row.action == ImportRow::Action::Add)
            batch.added.append(row.partner);
        else if (row.action == ImportRow::Action::Update)
            batch.updated.append(row.partner);
    }
    return batch;
}

bool PartnerImport::looksLikeJson(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c == '[' || c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\xEF' && c != '\xBB' && c != '\xBF')
            return false;
    }
    return false;
}

QString PartnerImport::matchKey(const QString& name, const QString& postcode)
{
    QString key = name.simplified().toCaseFolded() + QLatin1Char('|') + postcode.toUpper();
    key.remove(QLatin1Char(' '));
    return key;
}

namespace {

// What the database holds already, to match the file against; and what the file added so far.
struct KnownToImport
{
    QList<Partner> existing;
    QHash<QString, qsizetype> byHsdsId;
    QHash<QString, qsizetype> byKey;
    QHash<QString, QString> categoryByText; // code, labels (folded) -> code
    QHash<QString, QString> categoryLabels; // code -> label in the interface language
    QHash<QString, QString> areas;          // folded name -> parent
    QHash<QString, QString> seenInFile;     // match key or id -> where
};

KnownToImport readKnown(const Database& db, const Actor& actor)
{
    KnownToImport known;
    const PartnerStore store(db);
    known.existing = store.list(actor);
    for (qsizetype i = 0; i < known.existing.size(); ++i) {
        known.byHsdsId.insert(known.existing[i].hsdsId, i);
        known.byKey.insert(PartnerImport::matchKey(known.existing[i].name, known.existing[i].postcode), i);
    }
    for (const PartnerCategory& c : store.categories()) {
        known.categoryLabels.insert(c.code, QLocale().language() == QLocale::Dutch ? c.labelNl : c.labelEn);
        known.categoryByText.insert(c.code.toCaseFolded(), c.code);
        known.categoryByText.insert(c.labelNl.toCaseFolded(), c.code);
        known.categoryByText.insert(c.labelEn.toCaseFolded(), c.code);
    }
    for (const Area& a : store.areas())
        known.areas.insert(a.name.toCaseFolded(), a.parent);
    return known;
}

// The category of a row: a code or label the database knows, else a new one (in `newCategory`).
QString categoryOf(const ParsedPartner& in, const KnownToImport& known,
                   std::optional<PartnerCategory>& newCategory)
{
    const QString text = in.categoryText.isEmpty() ? in.categoryCode : in.categoryText;
    if (!in.categoryCode.isEmpty() && known.categoryByText.contains(in.categoryCode.toCaseFolded()))
        return known.categoryByText.value(in.categoryCode.toCaseFolded());
    if (!text.isEmpty() && known.categoryByText.contains(text.toCaseFolded()))
        return known.categoryByText.value(text.toCaseFolded());
    if (text.isEmpty())
        return QStringLiteral("other");
    const QString code = in.categoryCode.isEmpty() ? slug(text) : in.categoryCode;
    newCategory = PartnerCategory{0, code, text, text, std::nullopt};
    return code;
}

// The partner as it would be written: merged with the match in the database, or new.
Partner candidateFor(const ParsedPartner& in, const std::optional<qsizetype>& match,
                     const KnownToImport& known, const QString& categoryCode)
{
    Partner candidate;
    if (match) {
        candidate = merge(known.existing.at(*match), in, categoryCode);
    } else {
        candidate = in.partner;
        candidate.categoryCode = categoryCode;
        if (candidate.country.isEmpty())
            candidate.country = QStringLiteral("NL");
    }
    candidate.country = candidate.country.trimmed().toUpper();
    candidate.postcode = Validator::normalisedPostcode(candidate.postcode, candidate.country);
    return candidate;
}

// The categories and wijken an accepted row adds, recorded in the preview and in `known`.
void noteNewThings(ImportRow& row, const ParsedPartner& in, const std::optional<PartnerCategory>& newCategory,
                   KnownToImport& known, ImportPreview& preview)
{
    if (newCategory) {
        const QString text = in.categoryText.isEmpty() ? in.categoryCode : in.categoryText;
        preview.newCategories.append(*newCategory);
        known.categoryByText.insert(newCategory->code.toCaseFolded(), newCategory->code);
        known.categoryByText.insert(text.toCaseFolded(), newCategory->code);
        row.newThings.append(PartnerImport::tr("new category \"%1\"").arg(text));
    }
    for (const Area& area : in.areas) {
        if (area.name.isEmpty() || known.areas.contains(area.name.toCaseFolded()))
            continue;
        known.areas.insert(area.name.toCaseFolded(), area.parent);
        preview.newAreas.append(area);
        row.newThings.append(area.parent.isEmpty()
                                 ? PartnerImport::tr("new wijk \"%1\"").arg(area.name)
                                 : PartnerImport::tr("new wijk \"%1\" in %2").arg(area.name, area.parent));
    }
}

// One row of the file: matched against the database and the rows before it, checked, and what it does.
ImportRow previewRow(ParsedPartner& in, KnownToImport& known, ImportPreview& preview)
{
    ImportRow row;
    row.where = in.where;
    row.line = in.line;
    row.reasons = in.problems;
    row.warnings = in.warnings;
    // Ids that are not UUIDs (another system's numbers) get a stable UUID of their own.
    if (!in.partner.hsdsId.isEmpty() && QUuid(in.partner.hsdsId).isNull())
        in.partner.hsdsId = QUuid::createUuidV5(QUuid(), in.partner.hsdsId).toString(QUuid::WithoutBraces);
    std::optional<PartnerCategory> newCategory;
    const QString categoryCode = categoryOf(in, known, newCategory);

    // Match against the database: the HSDS id first, then name and postcode.
    const QString key = PartnerImport::matchKey(in.partner.name, in.partner.postcode);
    std::optional<qsizetype> match;
    if (!in.partner.hsdsId.isEmpty() && known.byHsdsId.contains(in.partner.hsdsId))
        match = known.byHsdsId.value(in.partner.hsdsId);
    else if (known.byKey.contains(key))
        match = known.byKey.value(key);
    const QString fileKey = in.partner.hsdsId.isEmpty() ? key : in.partner.hsdsId;
    if (known.seenInFile.contains(fileKey) || known.seenInFile.contains(key))
        row.reasons.append(PartnerImport::tr("the same partner as %1")
                               .arg(known.seenInFile.value(fileKey, known.seenInFile.value(key))));

    row.partner = candidateFor(in, match, known, categoryCode);
    try {
        Validator::check(row.partner);
    } catch (const Error& e) {
        row.reasons.append(e.userMessage());
    }
    if (!row.reasons.isEmpty()) {
        row.action = ImportRow::Action::Reject;
        return row;
    }
    known.seenInFile.insert(fileKey, in.where);
    known.seenInFile.insert(key, in.where);
    noteNewThings(row, in, newCategory, known, preview);
    if (match) {
        row.fieldChanges =
            PartnerChanges::between(known.existing.at(*match), row.partner, known.categoryLabels);
        for (const FieldChange& change : row.fieldChanges)
            row.changes.append(change.field);
        row.action = row.changes.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Update;
    } else {
        row.action = ImportRow::Action::Add;
    }
    return row;
}

} // namespace

ImportPreview PartnerImport::preview(const Database& db, const Actor& actor, const QByteArray& bytes,
                                     const QString& source)
{
    AccessPolicy::requireAnyRole(db, actor, {Role::Manager, Role::Admin}, QStringLiteral("import"));
    ImportPreview preview;
    preview.source = source;
    preview.bytes = bytes;
    QList<ParsedPartner> parsed;
    if (looksLikeJson(bytes)) {
        preview.format = QStringLiteral("HSDS");
        parsed = PartnerHsds::read(bytes);
    } else {
        preview.format = QStringLiteral("CSV");
        PartnerCsvContent csv = PartnerCsv::read(bytes);
        parsed = std::move(csv.partners);
        preview.unknownColumns = csv.unknownColumns;
    }
    KnownToImport known = readKnown(db, actor);
    for (ParsedPartner& in : parsed)
        preview.rows.append(previewRow(in, known, preview));
    return preview;
}

namespace {

// What a preview plans, row by row: equal plans write the same.
QStringList plan(const ImportPreview& preview)
{
    QStringList lines;
    for (const ImportRow& row : preview.rows)
        lines.append(
            QStringLiteral("%1|%2|%3").arg(row.where).arg(static_cast<int>(row.action)).arg(row.partner.id));
    return lines;
}

} // namespace

void PartnerImport::apply(const Database& db, const Actor& actor, const ImportPreview& preview,
                          Narrowing narrowing)
{
    if (narrowing == Narrowing::Refuse && !preview.narrowings().isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("This import narrows or empties fields of partners on the sociale kaart; nothing was "
                       "written. Confirm these changes first:\n%1")
                        .arg(preview.narrowings().join(QLatin1Char('\n'))));
    // One write lock from the check to the last row: another import waits, then sees these partners.
    Transaction transaction(db);
    const ImportPreview now = PartnerImport::preview(db, actor, preview.bytes, preview.source);
    if (plan(now) != plan(preview) || now.narrowings() != preview.narrowings())
        throw Error(Error::Kind::Conflict,
                    tr("The sociale kaart changed since the preview (another import?); "
                       "nothing was written. Look at the preview again."));
    PartnerStore(db).importBatch(actor, now.batch());
    transaction.commit();
}

} // namespace kz
