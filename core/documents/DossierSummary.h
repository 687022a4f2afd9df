#pragma once

#include "PagedDocument.h"
#include "domain/DevelopmentDomain.h"
#include "domain/User.h"
#include "services/Dossier.h"

#include <QCoreApplication>

namespace kz {

class Database;

// One child's file on paper, for the conversation with the parents or the overleg: who the
// child is, what goes well, the open support needs with their referrals, and the observations of
// the last three months. Read through kz::Dossier, so it holds only what the user may read
// (restricted notes she may not read are left out). In the interface language.
class DossierSummary
{
    Q_DECLARE_TR_FUNCTIONS(kz::DossierSummary)

public:
    DossierSummary(const Database& db, const Actor& actor, qint64 childId);

    QString title() const;
    QString html() const;
    PagedDocument paged() const;
    // A printed summary left the program: into the audit trail, like any export of a child's file.
    static void recordPrinted(const Database& db, const Actor& actor, qint64 childId);

private:
    QString domainLabel(qint64 domainId) const;
    QString needsTable() const;
    QString observations() const;

    Dossier m_dossier;
    QList<DevelopmentDomain> m_domains;
    QString m_groupName;
    QString m_locationName;
    QDate m_today;
};

} // namespace kz
