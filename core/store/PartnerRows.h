#pragma once

#include "db/SqlQuery.h"
#include "domain/Partner.h"
#include "domain/User.h"

#include <memory>

namespace kz {

class Database;
class PartnerKeys;

// Reading and writing partner rows, shared by the single-partner calls and the bulk import.
// Internal to the stores: callers go through PartnerStore, which checks roles and audits.
QString partnerSelect();
Partner readPartner(const SqlQuery& q);
PartnerContact readContact(const SqlQuery& q, int firstColumn);

// Prepared once, executed per partner: an import of thousands of rows stays well under a second.
class PartnerWriter
{
public:
    explicit PartnerWriter(const Database& db);
    ~PartnerWriter();

    // For a batch: the existing partners' keys are read once and kept up to date as rows are
    // written, so requireUnique no longer scans the partners for every row.
    void checkUniqueInMemory();

    qint64 insert(const Partner& partner, qint64 categoryId);
    // False when the id does not exist or the row is no longer at `partner.version` (0: any).
    bool update(const Partner& partner, qint64 categoryId, const Actor& actor);
    void ensureArea(const Area& area);

    // A partner is one organisation: unique by HSDS id, else by name and postcode. Throws Conflict.
    void requireUnique(const Partner& partner);

private:
    void bindPartner(SqlQuery& q, const Partner& p, qint64 categoryId);
    void writeDetails(qint64 partnerId, const Partner& partner);

    const Database& m_db;
    SqlQuery m_insert;
    SqlQuery m_update;
    SqlQuery m_clearAreas;
    SqlQuery m_insertArea;
    SqlQuery m_ensureArea;
    SqlQuery m_clearContacts;
    SqlQuery m_insertContact;
    std::unique_ptr<PartnerKeys> m_keys;
};

} // namespace kz
