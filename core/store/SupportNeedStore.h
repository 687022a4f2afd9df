#pragma once

#include "Clock.h"
#include "domain/EditConflict.h"
#include "domain/SupportNeed.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace kz {

class Database;

// Signaleringen, each change appended to its history with who, when, from, to and a note.
// Practitioners work on the children of their groups, managers on those of their locations.
class SupportNeedStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::SupportNeedStore)

public:
    explicit SupportNeedStore(const Database& db) : m_db(db) {}

    qint64 create(const Actor& actor, const SupportNeed& need);
    // "Make this a signalering": a need from an observation, which then belongs to it.
    qint64 createFromObservation(const Actor& actor, qint64 observationId, qint64 domainId, int level);
    // Each step takes the need's version it was based on (`base`): a step on a need someone else
    // changed since is refused with an EditConflictError.
    void changeStatus(const Actor& actor, qint64 needId, NeedStatus status, const QString& note,
                      const EditBase& base = {});
    // Raising to level 3 is an escalation: recorded as such in the history and the audit trail, so
    // the specialised partners (Integrale Vroeghulp, SPPOH, CJG) are brought in deliberately.
    // It stays separate from any meldcode procedure, which Kindzicht does not keep.
    void changeLevel(const Actor& actor, qint64 needId, int level, const QString& note,
                     const EditBase& base = {});
    void setReviewDate(const Actor& actor, qint64 needId, const QDate& reviewDate, const QString& note,
                       const EditBase& base = {});
    // `conversationId`: the parent conversation (of the same child) in which they were informed.
    void recordParentsInformed(const Actor& actor, qint64 needId, const QDate& on, const QString& response,
                               std::optional<qint64> conversationId = std::nullopt,
                               const EditBase& base = {});
    void close(const Actor& actor, qint64 needId, const QString& reason, const QDate& on = Clock::today(),
               const EditBase& base = {});

    SupportNeed get(const Actor& actor, qint64 needId) const;
    QList<SupportNeed> forChild(const Actor& actor, qint64 childId) const;
    QList<NeedHistoryEntry> history(const Actor& actor, qint64 needId) const;
    // The history of every need of the child, by need id, in one read (for the dossier and inzage).
    QHash<qint64, QList<NeedHistoryEntry>> historyForChild(const Actor& actor, qint64 childId) const;

private:
    SupportNeed openNeedForChange(const Actor& actor, qint64 needId, const EditBase& base) const;
    void store(const Actor& actor, const SupportNeed& before, const SupportNeed& after, const QString& field,
               const QString& from, const QString& to, const QString& note, const EditBase& base);
    void appendHistory(const Actor& actor, qint64 needId, const QString& field, const QString& from,
                       const QString& to, const QString& note);

    const Database& m_db;
};

} // namespace kz
