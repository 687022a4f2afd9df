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

    const PartnerStore store(db);
    const QList<Partner> existing = store.list(actor);
    QHash<QString, qsizetype> byHsdsId;
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        byHsdsId.insert(existing[i].hsdsId, i);
        byKey.insert(matchKey(existing[i].name, existing[i].postcode), i);
    }
    QHash<QString, QString> categoryByText; // code, labels (folded) -> code
    QHash<QString, QString> categoryLabels; // code -> label in the interface language
    for (const PartnerCategory& c : store.categories()) {
        categoryLabels.insert(c.code, QLocale().language() == QLocale::Dutch ? c.labelNl : c.labelEn);
        categoryByText.insert(c.code.toCaseFolded(), c.code);
        categoryByText.insert(c.labelNl.toCaseFolded(), c.code);
        categoryByText.insert(c.labelEn.toCaseFolded(), c.code);
    }
    QHash<QString, QString> knownAreas; // folded name -> parent
    for (const Area& a : store.areas())
        knownAreas.insert(a.name.toCaseFolded(), a.parent);

    QHash<QString, QString> seenInFile; // match key or id -> where
    for (ParsedPartner& in : parsed) {
        ImportRow row;
        row.where = in.where;
        row.line = in.line;
        row.reasons = in.problems;
        row.warnings = in.warnings;

        // Ids that are not UUIDs (another system's numbers) get a stable UUID of their own.
        if (!in.partner.hsdsId.isEmpty() && QUuid(in.partner.hsdsId).isNull())
            in.partner.hsdsId =
                QUuid::createUuidV5(QUuid(), in.partner.hsdsId).toString(QUuid::WithoutBraces);

        // The category: a code or label the database knows, else a new one.
        QString categoryCode;
        std::optional<PartnerCategory> newCategory;
        const QString categoryText = in.categoryText.isEmpty() ? in.categoryCode : in.categoryText;
        if (!in.categoryCode.isEmpty() && categoryByText.contains(in.categoryCode.toCaseFolded()))
            categoryCode = categoryByText.value(in.categoryCode.toCaseFolded());
        else if (!categoryText.isEmpty() && categoryByText.contains(categoryText.toCaseFolded()))
            categoryCode = categoryByText.value(categoryText.toCaseFolded());
        else if (categoryText.isEmpty())
            categoryCode = QStringLiteral("other");
        else {
            categoryCode = in.categoryCode.isEmpty() ? slug(categoryText) : in.categoryCode;
            newCategory = PartnerCategory{0, categoryCode, categoryText, categoryText, std::nullopt};
        }

        // Match against the database: the HSDS id first, then name and postcode.
        const QString key = matchKey(in.partner.name, in.partner.postcode);
        std::optional<qsizetype> match;
        if (!in.partner.hsdsId.isEmpty() && byHsdsId.contains(in.partner.hsdsId))
            match = byHsdsId.value(in.partner.hsdsId);
        else if (byKey.contains(key))
            match = byKey.value(key);

        const QString fileKey = in.partner.hsdsId.isEmpty() ? key : in.partner.hsdsId;
        if (seenInFile.contains(fileKey) || seenInFile.contains(key))
            row.reasons.append(
                tr("the same partner as %1").arg(seenInFile.value(fileKey, seenInFile.value(key))));

        Partner candidate;
        if (match) {
            candidate = merge(existing.at(*match), in, categoryCode);
        } else {
            candidate = in.partner;
            candidate.categoryCode = categoryCode;
            if (candidate.country.isEmpty())
                candidate.country = QStringLiteral("NL");
        }
        candidate.country = candidate.country.trimmed().toUpper();
        candidate.postcode = Validator::normalisedPostcode(candidate.postcode, candidate.country);
        try {
            Validator::check(candidate);
        } catch (const Error& e) {
            row.reasons.append(e.userMessage());
        }
        row.partner = candidate;

        if (!row.reasons.isEmpty()) {
            row.action = ImportRow::Action::Reject;
            preview.rows.append(row);
            continue;
        }
        seenInFile.insert(fileKey, in.where);
        seenInFile.insert(key, in.where);
        if (newCategory) {
            preview.newCategories.append(*newCategory);
            categoryByText.insert(newCategory->code.toCaseFolded(), newCategory->code);
            categoryByText.insert(categoryText.toCaseFolded(), newCategory->code);
            row.newThings.append(tr("new category \"%1\"").arg(categoryText));
        }

        for (const Area& area : in.areas) {
            if (area.name.isEmpty() || knownAreas.contains(area.name.toCaseFolded()))
                continue;
            knownAreas.insert(area.name.toCaseFolded(), area.parent);
            preview.newAreas.append(area);
            row.newThings.append(area.parent.isEmpty()
                                     ? tr("new wijk \"%1\"").arg(area.name)
                                     : tr("new wijk \"%1\" in %2").arg(area.name, area.parent));
        }
        if (match) {
            row.fieldChanges = PartnerChanges::between(existing.at(*match), candidate, categoryLabels);
            for (const FieldChange& change : row.fieldChanges)
                row.changes.append(change.field);
            row.action = row.changes.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Update;
        } else {
            row.action = ImportRow::Action::Add;
        }
        preview.rows.append(row);
    }
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
