#pragma once

#include "Anonymiser.h"
#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace kz {

class Database;

// One line of a case. `fixed` is written by Kindzicht and holds no names or dates; `free` is text
// people wrote, which is anonymised before anyone reads it.
struct CaseLine
{
    enum class Style
    {
        Heading,
        Paragraph,
        Item,   // a need, an observation
        Detail, // under an item
        Note
    };
    Style style = Style::Paragraph;
    QString fixed;
    QString free;
};

// An anonymous case for intervisie or a casuïstiekbespreking, from one child's file (after the
// NRGD guideline on anonymising reports): the practitioner's question, the child's age in years,
// the kind of group, the needs with what was tried and what happened, and the observations, over
// time as "3 months ago". Names, places, schools, staff, contact details and dates in what people
// wrote are replaced, each replacement listed for the practitioner to confirm; restricted notes
// are never used. Whoever may see the child may make one; making the file is audited.
class CaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(kz::CaseSummary)

public:
    static CaseSummary compose(const Database& db, const Actor& actor, qint64 childId,
                               const QString& question, const QDate& today = Clock::today());

    qint64 childId() const { return m_childId; }
    QString title() const;
    // Every replacement made in the whole text, in the order first met.
    const QList<Replacement>& replacements() const { return m_replacements; }
    // Originals (Replacement::key()) the practitioner found to be ordinary words: left as written.
    // Dates, postcodes and contact details are replaced regardless.
    void setKept(const QSet<QString>& kept) { m_kept = kept; }
    const QSet<QString>& kept() const { return m_kept; }
    // The case as it will be shared: every free text anonymised.
    QList<CaseLine> lines() const;
    QString text() const;
    QString html() const;

    // The case left Kindzicht (as "txt" or "pdf"): into the audit trail, without its text.
    // Call inside the transaction that writes the file.
    void recordExport(const Database& db, const Actor& actor, const QString& format) const;

private:
    CaseSummary(qint64 childId, QList<CaseLine> lines, Anonymiser anonymiser);

    qint64 m_childId = 0;
    QList<CaseLine> m_raw;
    Anonymiser m_anonymiser;
    QList<Replacement> m_replacements;
    QSet<QString> m_kept;
};

} // namespace kz
