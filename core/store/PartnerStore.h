#pragma once

#include "Clock.h"
#include "domain/EditConflict.h"
#include "domain/Partner.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kz {

class Database;

// What an accepted import writes, in one transaction: new categories and areas first, then the
// partners to add and those to update (with their id set).
struct PartnerImportBatch
{
    QList<PartnerCategory> newCategories;
    QList<Area> newAreas;
    QList<Partner> added;
    QList<Partner> updated;
    QString source; // the file name, for the audit trail
};

// The sociale kaart. Everyone with a role reads it; managers and admins keep it.
class PartnerStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerStore)

public:
    explicit PartnerStore(const Database& db) : m_db(db) {}

    qint64 create(const Actor& actor, const Partner& partner);
    // Refused (EditConflictError) when the partner changed after `partner.version` was read.
    void update(const Actor& actor, const Partner& partner, Overwrite overwrite = Overwrite::No);
    void setStatus(const Actor& actor, qint64 partnerId, PartnerStatus status);
    // "Checked today": the partner's details were verified by the acting user.
    void markVerified(const Actor& actor, qint64 partnerId, const QDate& today = Clock::today());
    void importBatch(const Actor& actor, const PartnerImportBatch& batch);
    // Makes the areas known, setting the stadsdeel of a wijk that had none.
    void defineAreas(const Actor& actor, const QList<Area>& areas);

    // After how many months without verification a partner is marked stale (default 6), for
    // the whole organisation; managers and admins set it.
    int staleMonths() const;
    void setStaleMonths(const Actor& actor, int months);

    Partner get(const Actor& actor, qint64 partnerId) const;
    // Every partner with areas and contacts, ordered by name.
    QList<Partner> list(const Actor& actor) const;
    QList<PartnerCategory> categories() const;
    QList<Area> areas() const;
    // Active partners of these categories, for prompts such as the escalation to level 3.
    QList<Partner> activeInCategories(const Actor& actor, const QStringList& categoryCodes) const;
    static QStringList escalationCategories();

private:
    qint64 categoryId(const QString& code) const;
    void requireReader(const Actor& actor) const;
    void requireKeeper(const Actor& actor) const;

    const Database& m_db;
};

} // namespace kz
