#pragma once

#include "PartnerChanges.h"
#include "io/ParsedPartner.h"
#include "store/PartnerStore.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kz {

class Database;

struct ImportRow
{
    enum class Action
    {
        Add,
        Update,
        Unchanged,
        Reject,
    };

    Action action = Action::Add;
    QString where; // "line 12", "$[3]"
    int line = 0;
    Partner partner;                 // merged with the existing partner for an update
    QStringList reasons;             // why it is rejected
    QStringList changes;             // which fields an update changes, translated
    QList<FieldChange> fieldChanges; // the same, each from what to what
    QStringList newThings;           // the categories and wijken this row adds, translated
    QStringList warnings;            // accepted, but worth a look (formula-like cells), translated
};

// What an import would do, shown before anything is written.
struct ImportPreview
{
    QString source;
    QString format;   // "CSV" or "HSDS"
    QByteArray bytes; // the file itself: apply() reads it again under the write lock
    QStringList unknownColumns;
    QList<ImportRow> rows;
    QList<PartnerCategory> newCategories;
    QList<Area> newAreas;

    int count(ImportRow::Action action) const;
    bool hasChanges() const { return count(ImportRow::Action::Add) + count(ImportRow::Action::Update) > 0; }
    // Every change that empties a field, drops wijken (or other items) or narrows the ages of a
    // partner, one line each: "line 3, Kentalis: wijken: Segbroek, Haagse Hout → Segbroek (drops Haagse
    // Hout)".
    QStringList narrowings() const;
    PartnerImportBatch batch() const;
};

// Import of the sociale kaart from CSV or HSDS JSON: first a preview (added, updated, unchanged,
// rejected with the line or JSON path and the reason), then, when the user accepts, everything
// in one transaction. Partners match on their HSDS id, or on name and postcode.
class PartnerImport
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerImport)

public:
    // Throws kz::Error (Validation) when the file cannot be read at all; otherwise every row is
    // in the preview. Managers and admins only: reading the map needs no import.
    static ImportPreview preview(const Database& db, const Actor& actor, const QByteArray& bytes,
                                 const QString& source);
    // Reads the file again under the write lock and writes it in the same transaction, so two imports
    // at once cannot both add the same partner; refuses (Conflict) when the sociale kaart changed
    // since the preview was shown.
    // An import that narrows partners (see ImportPreview::narrowings) is refused (Validation) unless
    // the user confirmed exactly those narrowings: `Narrowing::Confirmed`.
    enum class Narrowing
    {
        Refuse,
        Confirmed,
    };
    static void apply(const Database& db, const Actor& actor, const ImportPreview& preview,
                      Narrowing narrowing = Narrowing::Refuse);

    static bool looksLikeJson(const QByteArray& bytes);
    static QString matchKey(const QString& name, const QString& postcode);
};

} // namespace kz
