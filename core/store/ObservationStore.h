#pragma once

#include "domain/EditConflict.h"
#include "domain/Observation.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace kz {

class Database;

struct ObservationRevision
{
    int revision = 0;
    QDateTime observedAt;
    QString body;
    ObservationKind kind = ObservationKind::Neutral;
    bool restricted = false;
    QDateTime replacedAt;
    QString replacedByName;
};

// Observations with their revisions and full-text index. A restricted note's text reaches only its
// author and the location's managers; everyone else who may see the child learns that it exists.
class ObservationStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::ObservationStore)

public:
    explicit ObservationStore(const Database& db) : m_db(db) {}

    qint64 create(const Actor& actor, const Observation& observation);
    // Keeps the current text as a revision, then stores the new one; refused (EditConflictError)
    // when the note changed after `observation.version` was read.
    void edit(const Actor& actor, const Observation& observation, Overwrite overwrite = Overwrite::No);

    Observation get(const Actor& actor, qint64 observationId) const;
    QList<Observation> forChild(const Actor& actor, qint64 childId) const;
    QList<ObservationRevision> revisions(const Actor& actor, qint64 observationId) const;
    // The earlier versions of every note of the child the actor may read, by observation id, in
    // one read (inzage); a restricted note hidden from the actor has none.
    QHash<qint64, QList<ObservationRevision>> revisionsForChild(const Actor& actor, qint64 childId) const;

    // How a search finds its notes. Automatic scans the notes of the actor's own children when
    // there are few of them (a practitioner's groups: instant, whatever the size of the database)
    // and uses the FTS5 index for wide scopes. Both give the same matches.
    enum class SearchStrategy
    {
        Automatic,
        Index,
        Scan
    };
    static constexpr int scanChildLimit = 2000;

    // Diacritics-insensitive search over the notes the actor may read: every word typed must start
    // a word of the note. Best match first.
    QList<ObservationSearchHit> search(const Actor& actor, const QString& text, int limit = 50,
                                       SearchStrategy strategy = SearchStrategy::Automatic) const;
    // Lower case without accents: "Café" -> "cafe".
    static QString foldForSearch(const QString& text);

private:
    QList<ObservationSearchHit> searchIndex(const Actor& actor, const QStringList& terms, int limit) const;
    QList<ObservationSearchHit> searchScan(const Actor& actor, const QStringList& terms, int limit) const;
    void checkNeedBelongsToChild(const Observation& observation) const;
    void writeDomains(qint64 observationId, const QList<qint64>& domainIds) const;
    void fillDomainsAndVisibility(const Actor& actor, Observation& observation) const;

    const Database& m_db;
};

} // namespace kz
