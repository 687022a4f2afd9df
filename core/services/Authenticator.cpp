#include "Authenticator.h"

#include "Error.h"
#include "access/AuditLog.h"
#include "access/PasswordHasher.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "store/UserStore.h"

#include <algorithm>

namespace kz {

namespace {

// A hash made with the same parameters as every password's: an unknown or deactivated name costs the
// same Argon2 work as a wrong password, so the time taken does not tell which accounts exist.
const QString dummyHash = QStringLiteral(
    "$argon2id$v=19$m=65536,t=2,p=1$YUGxa45kplObhaZIlobLxw$iiwxaYWfyr18+XiF3cUlGO2dmCtwYqOY3cTRX0Fzfik");

} // namespace

int Authenticator::secondsToWait(int failures)
{
    if (failures < 3)
        return 0;
    return std::min(300, 1 << std::min(failures - 2, 9));
}

Actor Authenticator::login(const Database& db, const QString& username, const QString& password,
                           const QDateTime& now)
{
    return attempt(db, username, password, now, tr("The user name or password is not right."));
}

std::optional<Actor> Authenticator::loginAsConnected(const Database& db, const QDateTime& now)
{
    const QString password = db.serverPassword();
    if (password.isEmpty())
        return std::nullopt;
    const QString login = db.dialect().loginName(db);
    const UserStore users(db);
    const auto actor = users.actorByUsername(login);
    if (!actor || !PasswordHasher::verify(users.passwordHash(actor->userId), password))
        return std::nullopt;
    return attempt(db, login, password, now, tr("The user name or password is not right."));
}

Actor Authenticator::confirm(const Database& db, const QString& username, const QString& password,
                             const QDateTime& now)
{
    // The name is already on the screen: saying which of the two was wrong gives nothing away.
    return attempt(db, username, password, now, tr("The password is not right."));
}

Actor Authenticator::attempt(const Database& db, const QString& username, const QString& password,
                             const QDateTime& now, const QString& refusal)
{
    const QString name = username.trimmed();
    SqlQuery failures(
        db, QStringLiteral("SELECT failures, last_failure FROM login_failures WHERE username = :name"));
    failures.bind(QStringLiteral(":name"), name).exec();
    if (failures.next()) {
        const qint64 wait =
            secondsToWait(failures.value(0).toInt()) - sql::toMoment(failures.value(1)).secsTo(now);
        if (wait > 0)
            throw Error(
                Error::Kind::AccessDenied,
                tr("Too many wrong passwords; try again in %n second(s).", nullptr, static_cast<int>(wait)),
                QStringLiteral("login of '%1' delayed").arg(name));
    }
    const UserStore users(db);
    const auto actor = users.actorByUsername(name);
    // On a server a person logs in to her own account: the server's rules and audit know her by
    // her login, and it gives her no other account's password hash. The owner's login (whoever
    // looks after the server) may act for any account.
    const QString login = db.dialect().loginName(db);
    const bool ownLogin = login.isEmpty() || login == name || db.dialect().actsAsOwner(db);
    const bool verified =
        PasswordHasher::verify(actor && ownLogin ? users.passwordHash(actor->userId) : dummyHash, password);
    const bool ok = actor && verified && ownLogin;
    Transaction transaction(db);
    if (ok) {
        SqlQuery clear(db, QStringLiteral("DELETE FROM login_failures WHERE username = :name"));
        clear.bind(QStringLiteral(":name"), name).exec();
    } else {
        SqlQuery count(
            db,
            QStringLiteral("INSERT INTO login_failures (username, failures, last_failure) VALUES "
                           "(:name, 1, :now) ON CONFLICT(username) DO UPDATE SET "
                           "failures = login_failures.failures + 1, last_failure = excluded.last_failure"));
        count.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":now"), sql::moment(now)).exec();
    }
    // A failed login keeps the name tried (unknown and deactivated names have no user row to point to).
    AuditLog::record(
        db, actor.value_or(Actor{}), ok ? QStringLiteral("login") : QStringLiteral("login_failed"),
        QStringLiteral("user"), actor ? std::optional(actor->userId) : std::nullopt, std::nullopt,
        ok ? QString()
           : QStringLiteral("name tried: %1%2")
                 .arg(name.left(100), ownLogin ? QString() : QStringLiteral(" (login %1)").arg(login)));
    transaction.commit();
    if (!ownLogin) // her own login is on the screen: saying so gives nothing away
        throw Error(Error::Kind::AccessDenied,
                    tr("This computer is connected to the server as %1: log in to Kindzicht as %1, or "
                       "connect with your own login.")
                        .arg(login),
                    QStringLiteral("login '%1' tried account '%2'").arg(login, name));
    if (!ok)
        throw Error(Error::Kind::AccessDenied, refusal,
                    QStringLiteral("login refused for '%1'").arg(username));
    return *actor;
}

} // namespace kz
