#pragma once

#include "domain/Referral.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

namespace kz {

class Database;

// Referrals of a support need to a partner of the sociale kaart, with the dates that tell how
// long a child has been waiting for help.
class ReferralStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::ReferralStore)

public:
    explicit ReferralStore(const Database& db) : m_db(db) {}

    qint64 create(const Actor& actor, const Referral& referral);
    void changeStatus(const Actor& actor, qint64 referralId, ReferralStatus status, const QDate& on,
                      const QString& note = {});
    QList<Referral> forNeed(const Actor& actor, qint64 needId) const;
    QList<Referral> forChild(const Actor& actor, qint64 childId) const;

private:
    qint64 childOfNeed(qint64 needId) const;
    QList<Referral> read(const QString& where, qint64 id) const;

    const Database& m_db;
};

} // namespace kz
