#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kz {

class Database;

struct DemoSummary
{
    int locations = 0;
    int groups = 0;
    int children = 0;
    int needs = 0;
    int observations = 0;
    int referrals = 0;
    int partners = 0;
    int users = 0;
    int handovers = 0;
    int guardians = 0;
    int conversations = 0;   // with the parents
    int childrenWhoLeft = 0; // not counted in `children`, which are the children enrolled today
};

// A living demo organisation: two locations (Mariahoeve in Haagse Hout, and Segbroek), their
// groups, about sixty invented children with needs, months of observations, referrals on waiting
// lists, and the sociale kaart of the area plans. Written through the stores, so every rule holds.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(kz::DemoDatabase)

public:
    static constexpr const char* password = "kindzicht-demo";

    // Creates the demo at `path`, a new file or an empty server database (a postgresql://
    // address); refuses (Conflict) when the file exists and is not empty, or the server's
    // database holds an organisation.
    static DemoSummary create(const QString& path, const QDate& today = Clock::today());
    // Fills an empty, already opened database.
    static DemoSummary fill(const Database& db, const QDate& today = Clock::today());
    static bool isDemo(const Database& db);

private:
    static DemoSummary createOnServer(const QString& address, const QDate& today);
};

} // namespace kz
