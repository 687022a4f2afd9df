#pragma once

#include "CaseSummary.h"
#include "domain/Child.h"
#include "domain/Guardian.h"

namespace kz {

// What a case tells, before anonymising: the lines of CaseSummary from the child's file. Fixed
// parts hold no names or dates (ages in years, time as "3 months ago"); free parts are the texts
// as written. Restricted observations are left out.
class CaseStory
{
    Q_DECLARE_TR_FUNCTIONS(kz::CaseStory)

public:
    CaseStory(const Database& db, const Actor& actor, const Child& child, const QDate& today);

    QList<CaseLine> lines(const QString& question, const QList<Guardian>& guardians) const;

    static constexpr int observationMonths = 12;
    static constexpr int maxObservations = 20;

private:
    void aboutTheChild(QList<CaseLine>& lines, const QList<Guardian>& guardians) const;
    void needs(QList<CaseLine>& lines) const;
    void observations(QList<CaseLine>& lines) const;
    QString domainNames(const QList<qint64>& ids) const;

    const Database& m_db;
    const Actor& m_actor;
    const Child& m_child;
    QDate m_today;
};

} // namespace kz
