#pragma once

#include "PagedDocument.h"
#include "domain/DevelopmentDomain.h"
#include "domain/User.h"
#include "services/GroupNeeds.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;

// The report for the "overleg kindontwikkeling" or the gemeente: aggregates only, small counts
// suppressed, in Dutch or English independent of the interface. PDF through QTextDocument and
// QPdfWriter with the fonts embedded; needs a QGuiApplication (offscreen will do).
class GroupReport
{
    Q_DECLARE_TR_FUNCTIONS(kz::GroupReport)

public:
    GroupReport(const GroupNeeds& figures, QList<DevelopmentDomain> domains, QString title, QDate date,
                int suppressionThreshold = 3);

    QString html(const QString& chartResource = {}) const;
    // Writes the PDF to `path` (atomically); throws kz::Error (Io) when it cannot.
    void writePdf(const QString& path) const;
    // The pages of the PDF, for a printer or the print preview: the locations above, "page x of y" below.
    PagedDocument paged() const;
    // A printed report left the program: into the audit trail, like a printed file summary.
    // Aggregates only, so no child; `title` says which report.
    static void recordPrinted(const Database& db, const Actor& actor, const QString& title);

private:
    QString count(int n) const; // "<3" below the suppression threshold
    QString groupsTable() const;
    QString domainsTable() const;
    QString attentionList() const;
    QString locations() const; // the locations in the figures, for the page header
    const GroupNeeds& m_figures;
    QList<DevelopmentDomain> m_domains;
    QString m_title;
    QDate m_date;
    int m_threshold;
};

} // namespace kz
