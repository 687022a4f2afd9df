#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace kz {

// What a replaced piece of text was: a direct identifier (a name, an address) or a date.
enum class IdentifierKind
{
    Child,
    Parent,
    OtherChild,
    Staff,
    Group,
    Location,
    Address,
    Area,
    Partner,
    Language,
    Contact,
    Date,
    Postcode
};

// A name or place Kindzicht knows, and the words that stand in for it.
struct IdentifyingTerm
{
    QString text;
    QString replacement;
    IdentifierKind kind = IdentifierKind::Child;
};

// One thing replaced, however often it occurred, for the practitioner to confirm.
struct Replacement
{
    QString original; // as first written
    QString replacement;
    IdentifierKind kind = IdentifierKind::Child;
    int count = 0;
    // Names may be ordinary words too ("Roos", "de Groot"): the practitioner may keep those. Dates,
    // postcodes and contact details are always replaced.
    bool confirmable = true;

    QString key() const { return original.toCaseFolded(); }
};

// Scans free text for the names and places Kindzicht knows and for dates, postcodes, e-mail
// addresses and phone numbers, and replaces each. Whole words only, case-insensitive; where
// matches overlap the longest wins ("Noor de Vries" before "Noor").
class Anonymiser
{
    Q_DECLARE_TR_FUNCTIONS(kz::Anonymiser)

public:
    explicit Anonymiser(const QList<IdentifyingTerm>& terms);

    // `text` with every replacement made, except the originals in `kept` (Replacement::key()).
    // Each replacement is counted in replacements().
    QString apply(const QString& text, const QSet<QString>& kept = {});
    const QList<Replacement>& replacements() const { return m_replacements; }
    void forgetReplacements() { m_replacements.clear(); }

private:
    struct Pattern
    {
        QRegularExpression expression;
        QString replacement;
        IdentifierKind kind;
    };
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int pattern = 0;
    };

    QList<Match> matchesIn(const QString& text) const;
    void count(const QString& original, const Pattern& pattern);

    QList<Pattern> m_patterns;
    QList<Replacement> m_replacements;
};

} // namespace kz
