#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kz {

class Database;

// A person's login on the organisation's server, kept by Kindzicht's account administration: an
// administrator who adds an account, resets a password or deactivates it changes the login too,
// through functions of the schema's owner (no person's role may create roles). The password
// reaches the server only as a SCRAM-SHA-256 verifier made here, never as text.
class PostgresLogins
{
    Q_DECLARE_TR_FUNCTIONS(kz::PostgresLogins)

public:
    // The verifier PostgreSQL stores for `password` (SCRAM-SHA-256$4096:salt$StoredKey:ServerKey);
    // a random salt unless one is given.
    static QString scramVerifier(const QString& password, const QByteArray& salt = QByteArray());

    // The functions of schema step 15 that do it, and say who may.
    static QStringList functions();

    // Creates the account's login in kindzicht_user, or sets its password (an empty password: the
    // login keeps the one it has). Only in a database made by `server init`: elsewhere (a scratch
    // database, a demo) the logins are the server administrator's.
    static void keep(const Database& db, const QString& name, const QString& password);
    // The login may no longer connect (the account was deactivated).
    static void end(const Database& db, const QString& name);
};

} // namespace kz
