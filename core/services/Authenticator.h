#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace kz {

class Database;

// Turns a user name and password into an Actor, or refuses with one message that does not say
// which of the two was wrong.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(kz::Authenticator)

public:
    // After three failures in a row a user name waits 2, 4, 8 ... seconds (at most 5 minutes)
    // before the next try is even checked; a success clears the count.
    static Actor login(const Database& db, const QString& username, const QString& password,
                       const QDateTime& now = Clock::nowUtc());
    // The same check for someone whose name is known (unlocking her own session): a refusal says
    // "password", since there is no user name to get wrong. Counted and audited as a login.
    static Actor confirm(const Database& db, const QString& username, const QString& password,
                         const QDateTime& now = Clock::nowUtc());
    // On a server the person proved who she is to the server when she connected, with her login's
    // password, which Kindzicht keeps equal to her account's: that password opens her account,
    // without a second question. nullopt (nothing counted or audited) when the connection gave no
    // password, or her account's password differs (set elsewhere): she then logs in as usual.
    static std::optional<Actor> loginAsConnected(const Database& db, const QDateTime& now = Clock::nowUtc());
    static int secondsToWait(int failures);

private:
    static Actor attempt(const Database& db, const QString& username, const QString& password,
                         const QDateTime& now, const QString& refusal);
};

} // namespace kz
