#include "UserStore.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "access/PasswordHasher.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"

#include <QHash>

namespace kz {

bool UserStore::hasUsers() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    return q.scalar().has_value();
}

void UserStore::checkAccount(const User& user) const
{
    const QString displayName = user.displayName.trimmed();
    if (displayName.isEmpty())
        throw Error(Error::Kind::Validation, tr("A user needs a name to show."));
    if (displayName.size() > 200)
        throw Error(Error::Kind::Validation, tr("The name to show is longer than 200 characters."));
    if (user.roles.isEmpty())
        throw Error(Error::Kind::Validation, tr("A user needs at least one role."));
    for (qint64 groupId : user.groupIds) {
        SqlQuery g(m_db, QStringLiteral("SELECT archived FROM groups WHERE id = :id"));
        g.bind(QStringLiteral(":id"), groupId);
        const auto archived = g.scalar();
        if (!archived)
            throw Error(Error::Kind::Validation, tr("One of the chosen groups does not exist."));
        if (archived->toBool())
            throw Error(Error::Kind::Validation,
                        tr("One of the chosen groups is archived; choose current groups."));
    }
    for (qint64 locationId : user.locationIds) {
        SqlQuery l(m_db, QStringLiteral("SELECT archived FROM locations WHERE id = :id"));
        l.bind(QStringLiteral(":id"), locationId);
        const auto archived = l.scalar();
        if (!archived)
            throw Error(Error::Kind::Validation, tr("One of the chosen locations does not exist."));
        if (archived->toBool())
            throw Error(Error::Kind::Validation,
                        tr("One of the chosen locations is archived; choose current locations."));
    }
}

void UserStore::writeScopes(qint64 userId, const User& user) const
{
    for (const QString& table :
         {QStringLiteral("user_roles"), QStringLiteral("user_groups"), QStringLiteral("user_locations")}) {
        SqlQuery clear(m_db, QStringLiteral("DELETE FROM %1 WHERE user_id = :id").arg(table));
        clear.bind(QStringLiteral(":id"), userId).exec();
    }
    for (Role role : user.roles) {
        SqlQuery r(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (:id, :role) "
                                        "ON CONFLICT DO NOTHING"));
        r.bind(QStringLiteral(":id"), userId).bind(QStringLiteral(":role"), toCode(role)).exec();
    }
    for (qint64 groupId : user.groupIds) {
        SqlQuery g(m_db, QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (:id, :g) "
                                        "ON CONFLICT DO NOTHING"));
        g.bind(QStringLiteral(":id"), userId).bind(QStringLiteral(":g"), groupId).exec();
    }
    for (qint64 locationId : user.locationIds) {
        SqlQuery l(m_db, QStringLiteral("INSERT INTO user_locations (user_id, location_id) "
                                        "VALUES (:id, :l) ON CONFLICT DO NOTHING"));
        l.bind(QStringLiteral(":id"), userId).bind(QStringLiteral(":l"), locationId).exec();
    }
}

qint64 UserStore::insert(const User& user, const QString& password)
{
    Validator::checkUsername(user.username);
    checkAccount(user);
    SqlQuery exists(m_db, QStringLiteral("SELECT 1 FROM users WHERE username = :name"));
    exists.bind(QStringLiteral(":name"), user.username);
    if (exists.scalar())
        throw Error(Error::Kind::Conflict, tr("The user name \"%1\" is taken.").arg(user.username));

    if (!password.isEmpty())
        Validator::checkPassword(password, user.username);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO users (username, display_name, password_hash, active, created_at) "
                              "VALUES (:name, :display, :hash, 1, :now) RETURNING id"));
    q.bind(QStringLiteral(":name"), user.username)
        .bind(QStringLiteral(":display"), user.displayName.trimmed())
        .bind(QStringLiteral(":hash"),
              password.isEmpty() ? QVariant() : QVariant(PasswordHasher::hash(password)))
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    const qint64 id = q.insertedId();
    writeScopes(id, user);
    return id;
}

void UserStore::requireAnotherActiveAdmin(qint64 userId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id "
                                    "WHERE r.role = 'admin' AND u.active = 1 AND u.id <> :id"));
    q.bind(QStringLiteral(":id"), userId);
    if (!q.scalar())
        throw Error(Error::Kind::Conflict,
                    tr("This is the last active administrator; give another account the administrator role "
                       "first, or nobody could manage accounts any more."));
}

User UserStore::get(const Actor& actor, qint64 userId) const
{
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    return readUser(userId);
}

void UserStore::update(const Actor& actor, const User& user)
{
    checkAccount(user);
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    const User current = readUser(user.id);
    if (current.hasRole(Role::Admin) && current.active && !user.hasRole(Role::Admin))
        requireAnotherActiveAdmin(user.id);
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET display_name = :display WHERE id = :id"));
    q.bind(QStringLiteral(":display"), user.displayName.trimmed())
        .bind(QStringLiteral(":id"), user.id)
        .exec();
    writeScopes(user.id, user);
    QStringList roles;
    for (Role role : user.roles)
        roles.append(toCode(role));
    AuditLog::record(m_db, actor, QStringLiteral("update"), QStringLiteral("user"), user.id, std::nullopt,
                     QStringLiteral("roles %1; %2 groups; %3 locations")
                         .arg(roles.join(QLatin1Char(',')))
                         .arg(user.groupIds.size())
                         .arg(user.locationIds.size()));
    m_db.recordChange({Change::Subject::Account, user.id});
    transaction.commit();
}

Actor UserStore::createFirstAdmin(const QString& username, const QString& displayName,
                                  const QString& password)
{
    Transaction transaction(m_db);
    if (hasUsers())
        throw Error(Error::Kind::AccessDenied, tr("This database has accounts already; ask an admin."));
    User user;
    user.username = username;
    user.displayName = displayName;
    user.roles = {Role::Admin};
    const qint64 id = insert(user, password);
    m_db.dialect().keepLogin(m_db, username, password);
    const Actor actor{id, username, displayName.trimmed(), user.roles};
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("user"), id, std::nullopt,
                     QStringLiteral("first admin"));
    m_db.recordChange({Change::Subject::Account, id});
    transaction.commit();
    return actor;
}

qint64 UserStore::create(const Actor& actor, const User& user, const QString& password)
{
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    const qint64 id = insert(user, password);
    m_db.dialect().keepLogin(m_db, user.username, password);
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("user"), id);
    m_db.recordChange({Change::Subject::Account, id});
    transaction.commit();
    return id;
}

void UserStore::deactivate(const Actor& actor, qint64 userId)
{
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    if (userId == actor.userId)
        throw Error(Error::Kind::Conflict, tr("You cannot deactivate your own account."));
    if (readUser(userId).hasRole(Role::Admin))
        requireAnotherActiveAdmin(userId);
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET active = 0 WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId).exec();
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, tr("This user was not found."));
    m_db.dialect().endLogin(m_db, readUser(userId).username);
    AuditLog::record(m_db, actor, QStringLiteral("deactivate"), QStringLiteral("user"), userId);
    m_db.recordChange({Change::Subject::Account, userId});
    transaction.commit();
}

namespace {

void storeHash(const Database& db, qint64 userId, const QString& password)
{
    SqlQuery q(db, QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"));
    q.bind(QStringLiteral(":hash"), PasswordHasher::hash(password))
        .bind(QStringLiteral(":id"), userId)
        .exec();
}

} // namespace

void UserStore::changeOwnPassword(const Actor& actor, const QString& current, const QString& replacement)
{
    if (!PasswordHasher::verify(passwordHash(actor.userId), current))
        throw Error(Error::Kind::AccessDenied, tr("The current password is not right."));
    Validator::checkPassword(replacement, actor.username);
    Transaction transaction(m_db);
    storeHash(m_db, actor.userId, replacement);
    m_db.dialect().keepLogin(m_db, actor.username, replacement);
    AuditLog::record(m_db, actor, QStringLiteral("password"), QStringLiteral("user"), actor.userId);
    transaction.commit();
}

void UserStore::resetPassword(const Actor& actor, qint64 userId, const QString& replacement)
{
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    const User user = readUser(userId);
    Validator::checkPassword(replacement, user.username);
    Transaction transaction(m_db);
    storeHash(m_db, userId, replacement);
    m_db.dialect().keepLogin(m_db, user.username, replacement);
    AuditLog::record(m_db, actor, QStringLiteral("reset_password"), QStringLiteral("user"), userId);
    m_db.recordChange({Change::Subject::Account, userId});
    transaction.commit();
}

User UserStore::readUser(qint64 userId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, username, display_name, active FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This user was not found."));
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.active = q.value(3).toBool();
    SqlQuery roles(m_db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = :id ORDER BY role"));
    roles.bind(QStringLiteral(":id"), userId).exec();
    while (roles.next())
        if (const auto role = roleFromCode(roles.value(0).toString()))
            u.roles.append(*role);
    SqlQuery groups(m_db,
                    QStringLiteral("SELECT group_id FROM user_groups WHERE user_id = :id ORDER BY group_id"));
    groups.bind(QStringLiteral(":id"), userId).exec();
    while (groups.next())
        u.groupIds.append(groups.value(0).toLongLong());
    SqlQuery locations(m_db, QStringLiteral("SELECT location_id FROM user_locations WHERE user_id = :id "
                                            "ORDER BY location_id"));
    locations.bind(QStringLiteral(":id"), userId).exec();
    while (locations.next())
        u.locationIds.append(locations.value(0).toLongLong());
    return u;
}

QList<User> UserStore::list(const Actor& actor) const
{
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, username, display_name, active FROM users ORDER BY username"));
    q.exec();
    QList<User> result;
    QHash<qint64, qsizetype> rowOfUser;
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.active = q.value(3).toBool();
        rowOfUser.insert(u.id, result.size());
        result.append(u);
    }
    // Every account's roles, groups and locations in one statement, not three per account.
    SqlQuery scopes(m_db, QStringLiteral("SELECT user_id, 'r', role, 0 FROM user_roles "
                                         "UNION ALL SELECT user_id, 'g', '', group_id FROM user_groups "
                                         "UNION ALL SELECT user_id, 'l', '', location_id FROM user_locations "
                                         "ORDER BY 1, 2, 3, 4"));
    scopes.exec();
    while (scopes.next()) {
        const auto row = rowOfUser.constFind(scopes.value(0).toLongLong());
        if (row == rowOfUser.cend())
            continue;
        User& u = result[*row];
        const QString kind = scopes.value(1).toString();
        if (kind == QLatin1String("r")) {
            if (const auto role = roleFromCode(scopes.value(2).toString()))
                u.roles.append(*role);
        } else if (kind == QLatin1String("g")) {
            u.groupIds.append(scopes.value(3).toLongLong());
        } else {
            u.locationIds.append(scopes.value(3).toLongLong());
        }
    }
    return result;
}

std::optional<Actor> UserStore::actorByUsername(const QString& username) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM users WHERE username = :name AND active = 1"));
    q.bind(QStringLiteral(":name"), username);
    const auto id = q.scalar();
    if (!id)
        return std::nullopt;
    const User u = readUser(id->toLongLong());
    return Actor{u.id, u.username, u.displayName, u.roles};
}

QString UserStore::passwordHash(qint64 userId) const
{
    SqlQuery q(m_db, m_db.dialect().passwordHashOf());
    q.bind(QStringLiteral(":id"), userId);
    const auto hash = q.scalar();
    return hash ? hash->toString() : QString();
}

} // namespace kz
