#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace kz {

// How many automatic backups are kept: the newest of each of the last `daily` days, of the last
// `weekly` ISO weeks and of the last `monthly` months that have a backup (one file may count for
// all three). Anything older is removed after the next good backup.
struct BackupPlan
{
    Q_DECLARE_TR_FUNCTIONS(kz::BackupPlan)

public:
    static constexpr int maximumGenerations = 120;

    int daily = 7;
    int weekly = 4;
    int monthly = 12;

    // The positions in `madeOn` (the day each backup was made, newest first) the plan keeps.
    QList<qsizetype> keep(const QList<QDate>& madeOn) const;
    // The last day a backup made on `day` is kept under this plan when a backup is made every
    // day: until then data removed from the database (a purged child) still lives in a backup.
    QDate keptUntil(const QDate& day) const;
    // Throws a Validation kz::Error for a plan that keeps nothing or an absurd number.
    void validate() const;

    // "7,4,12", as kept in the database.
    QString toText() const;
    static BackupPlan fromText(const QString& text);

    friend bool operator==(const BackupPlan&, const BackupPlan&) = default;
};

} // namespace kz
