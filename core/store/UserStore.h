#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace kz {

class Database;

// Accounts with roles and scopes. Only admins manage accounts; the very first admin of an empty
// database is created without an actor.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::UserStore)

public:
    explicit UserStore(const Database& db) : m_db(db) {}

    bool hasUsers() const;
    Actor createFirstAdmin(const QString& username, const QString& displayName, const QString& password);
    qint64 create(const Actor& actor, const User& user, const QString& password);
    void deactivate(const Actor& actor, qint64 userId);
    // A user changes her own password, proving the current one.
    void changeOwnPassword(const Actor& actor, const QString& current, const QString& replacement);
    // An admin sets a new password for someone who forgot hers.
    void resetPassword(const Actor& actor, qint64 userId, const QString& replacement);
    QList<User> list(const Actor& actor) const;
    User get(const Actor& actor, qint64 userId) const; // admins
    // Admins change an account's display name, roles, groups and locations (never the user name
    // or password). Refused when no active administrator would be left.
    void update(const Actor& actor, const User& user);

    // The acting identity of an active account, for sessions and the command line.
    std::optional<Actor> actorByUsername(const QString& username) const;
    QString passwordHash(qint64 userId) const;

private:
    qint64 insert(const User& user, const QString& password);
    void checkAccount(const User& user) const;
    void writeScopes(qint64 userId, const User& user) const;
    void requireAnotherActiveAdmin(qint64 userId) const;
    User readUser(qint64 userId) const;

    const Database& m_db;
};

} // namespace kz
