#include "PostgresLogins.h"

#include "Error.h"
#include "PostgresRoles.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace kz {

namespace {

constexpr int scramIterations = 4096; // PostgreSQL's own default

// PBKDF2-HMAC-SHA256 of one block, which is all SCRAM-SHA-256 needs (RFC 5802, RFC 7677).
QByteArray saltedPassword(const QByteArray& password, const QByteArray& salt)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray u = mac.result();
    QByteArray result = u;
    for (int i = 1; i < scramIterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype j = 0; j < result.size(); ++j)
            result[j] = static_cast<char>(result[j] ^ u[j]);
    }
    return result;
}

} // namespace

QString PostgresLogins::scramVerifier(const QString& password, const QByteArray& salt)
{
    QByteArray useSalt = salt;
    if (useSalt.isEmpty()) {
        useSalt.resize(16);
        QRandomGenerator::system()->generate(useSalt.begin(), useSalt.end());
    }
    // libpq normalises a password with SASLprep before it hashes; NFKC is its core.
    const QByteArray salted =
        saltedPassword(password.normalized(QString::NormalizationForm_KC).toUtf8(), useSalt);
    const auto hmac = [&](const char* text) {
        return QMessageAuthenticationCode::hash(QByteArray(text), salted, QCryptographicHash::Sha256);
    };
    const QByteArray storedKey = QCryptographicHash::hash(hmac("Client Key"), QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(scramIterations)
        .arg(QString::fromLatin1(useSalt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(hmac("Server Key").toBase64()));
}

QStringList PostgresLogins::functions()
{
    return {
        // Who may change the login `name`: an active Kindzicht administrator, the owner, or the
        // person herself; and only the login of an account of this database that carries no
        // rights beyond an everyday one (an administrator cannot take over the IT person's login).
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_may_manage_login(name text) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM users WHERE username = name)
               AND (session_user = name
                    OR pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c
                                                  WHERE c.oid = to_regclass('public.meta')), 'USAGE')
                    OR EXISTS (SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
                               WHERE u.username = session_user AND u.active = 1 AND r.role = 'admin'))
               AND (session_user = name OR NOT EXISTS (
                    SELECT 1 FROM pg_roles r WHERE r.rolname = name
                    AND (r.rolsuper OR r.rolcreaterole OR r.rolbypassrls
                         OR pg_has_role(r.oid, 'kindzicht_owner', 'MEMBER')
                         OR NOT pg_has_role(r.oid, 'kindzicht_user', 'MEMBER')))) $$)"),
        QStringLiteral(
            R"(CREATE OR REPLACE FUNCTION kindzicht_set_login(name text, verifier text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            BEGIN
                IF NOT kindzicht_may_manage_login(name) THEN
                    RAISE EXCEPTION 'the login % is not Kindzicht''s to change', name USING ERRCODE = '42501';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                    EXECUTE format('CREATE ROLE %I LOGIN IN ROLE kindzicht_user', name);
                END IF;
                EXECUTE format('ALTER ROLE %I LOGIN', name);
                IF verifier IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I PASSWORD %L', name, verifier);
                END IF;
            END $$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_end_login(name text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            BEGIN
                IF NOT kindzicht_may_manage_login(name) OR session_user = name THEN
                    RAISE EXCEPTION 'the login % is not Kindzicht''s to end', name USING ERRCODE = '42501';
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                    EXECUTE format('ALTER ROLE %I NOLOGIN', name);
                END IF;
            END $$)"),
    };
}

void PostgresLogins::keep(const Database& db, const QString& name, const QString& password)
{
    if (!PostgresRoles::schemaHasOwnerRole(db))
        return;
    // Asked first, so that a name taken by another login says what to do (the function refuses too).
    SqlQuery may(db, QStringLiteral("SELECT kindzicht_may_manage_login(CAST(:name AS text))"));
    if (!may.bind(QStringLiteral(":name"), name).scalar().value_or(false).toBool())
        throw Error(
            Error::Kind::Conflict,
            tr("The server already has a login named %1 that is not an everyday Kindzicht login; "
               "choose another user name, or ask whoever looks after the server. Nothing was changed.")
                .arg(name),
            QStringLiteral("login %1 may not be managed by %2").arg(name, db.dialect().loginName(db)));
    SqlQuery q(db,
               QStringLiteral("SELECT kindzicht_set_login(CAST(:name AS text), CAST(:verifier AS text))"));
    q.bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":verifier"),
              password.isEmpty() ? QVariant() : QVariant(scramVerifier(password)))
        .exec();
}

void PostgresLogins::end(const Database& db, const QString& name)
{
    if (!PostgresRoles::schemaHasOwnerRole(db))
        return;
    SqlQuery q(db, QStringLiteral("SELECT kindzicht_end_login(CAST(:name AS text))"));
    q.bind(QStringLiteral(":name"), name).exec();
}

} // namespace kz
