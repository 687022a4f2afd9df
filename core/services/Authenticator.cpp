#include "Authenticator.h"

#include "Error.h"
#include "PasswordHasher.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "store/AuditLog.h"
#include "store/UserStore.h"

namespace kz {

Actor Authenticator::login(const Database& db, const QString& username, const QString& password)
{
    const UserStore users(db);
    const auto actor = users.actorByUsername(username.trimmed());
    const bool ok = actor && PasswordHasher::verify(users.passwordHash(actor->userId), password);
    Transaction transaction(db);
    AuditLog::record(db, actor.value_or(Actor{}), ok ? QStringLiteral("login") : QStringLiteral("login_failed"),
                     QStringLiteral("user"), actor ? std::optional(actor->userId) : std::nullopt);
    transaction.commit();
    if (!ok)
        throw Error(Error::Kind::AccessDenied, tr("The user name or password is not right."),
                    QStringLiteral("login refused for '%1'").arg(username));
    return *actor;
}

} // namespace kz
