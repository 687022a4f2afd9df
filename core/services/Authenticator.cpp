#include "Authenticator.h"

#include "Error.h"
#include "PasswordHasher.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "store/AuditLog.h"
#include "store/UserStore.h"

#include <algorithm>

namespace kz {

int Authenticator::secondsToWait(int failures)
{
    if (failures < 3)
        return 0;
    return std::min(300, 1 << std::min(failures - 2, 9));
}

Actor Authenticator::login(const Database& db, const QString& username, const QString& password, const QDateTime& now)
{
    const QString name = username.trimmed();
    SqlQuery failures(db, QStringLiteral("SELECT failures, last_failure FROM login_failures WHERE username = :name"));
    failures.bind(QStringLiteral(":name"), name).exec();
    if (failures.next()) {
        const qint64 wait = secondsToWait(failures.value(0).toInt()) - sql::toMoment(failures.value(1)).secsTo(now);
        if (wait > 0)
            throw Error(Error::Kind::AccessDenied,
                        tr("Too many wrong passwords; try again in %n second(s).", nullptr, static_cast<int>(wait)),
                        QStringLiteral("login of '%1' delayed").arg(name));
    }
    const UserStore users(db);
    const auto actor = users.actorByUsername(name);
    const bool ok = actor && PasswordHasher::verify(users.passwordHash(actor->userId), password);
    Transaction transaction(db);
    if (ok) {
        SqlQuery clear(db, QStringLiteral("DELETE FROM login_failures WHERE username = :name"));
        clear.bind(QStringLiteral(":name"), name).exec();
    } else {
        SqlQuery count(db, QStringLiteral("INSERT INTO login_failures (username, failures, last_failure) VALUES "
                                          "(:name, 1, :now) ON CONFLICT(username) DO UPDATE SET "
                                          "failures = failures + 1, last_failure = excluded.last_failure"));
        count.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":now"), sql::moment(now)).exec();
    }
    AuditLog::record(db, actor.value_or(Actor{}), ok ? QStringLiteral("login") : QStringLiteral("login_failed"),
                     QStringLiteral("user"), actor ? std::optional(actor->userId) : std::nullopt);
    transaction.commit();
    if (!ok)
        throw Error(Error::Kind::AccessDenied, tr("The user name or password is not right."),
                    QStringLiteral("login refused for '%1'").arg(username));
    return *actor;
}

} // namespace kz
