// server init: an empty database on the organisation's server becomes Kindzicht's, all at once, and
// children's data stays out of the server's log.
#include "services/ServerSetup.h"

#include "Error.h"
#include "ServerFixture.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "services/Authenticator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

using namespace kz;

class ServerSetupTest : public ServerFixture
{
protected:
    QString ask(const QString& sql) const { return superuser().scalar(sql); }
    // Whether the server's log shows `text` within a second (the server writes it as it goes).
    bool logShows(const QString& text) const
    {
        QElapsedTimer waited;
        waited.start();
        do {
            QFile log(test::postgresServerLog(*m_socket));
            if (log.open(QIODevice::ReadOnly) && log.readAll().contains(text.toUtf8()))
                return true;
            QThread::msleep(50);
        } while (waited.elapsed() < 1000);
        return false;
    }
};

TEST_F(ServerSetupTest, AnEmptyDatabaseGetsRolesSchemaLoginAndFirstAdministrator)
{
    const QString admin = uniqueName(QStringLiteral("beheer"));
    const ServerSetupResult result = ServerSetup::init(address(), admin, QString::fromLatin1(password));
    EXPECT_EQ(result.schemaVersion, Migrations::currentVersion());
    EXPECT_TRUE(result.loginCreated);
    EXPECT_EQ(result.logSettingsLeft, QStringList()); // the superuser may set them all

    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_extension WHERE extname = 'unaccent'")),
              QStringLiteral("1"));
    // kindzicht_owner owns every table and sequence; both group roles cannot log in.
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                 "AND relkind IN ('r', 'S') AND relowner <> 'kindzicht_owner'::regrole")),
              QStringLiteral("0"));
    EXPECT_GT(ask(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 20);
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname IN ('kindzicht_owner', "
                                 "'kindzicht_user') AND NOT rolcanlogin")),
              QStringLiteral("2"));
    const QString login = QStringLiteral("'%1'").arg(admin);
    EXPECT_EQ(
        ask(QStringLiteral("SELECT rolcanlogin AND NOT rolsuper FROM pg_roles WHERE rolname = ") + login),
        QStringLiteral("true"));
    EXPECT_EQ(ask(QStringLiteral("SELECT pg_has_role(%1, 'kindzicht_user', 'MEMBER')").arg(login)),
              QStringLiteral("true"));
    EXPECT_EQ(ask(QStringLiteral("SELECT pg_has_role(%1, 'kindzicht_owner', 'MEMBER')").arg(login)),
              QStringLiteral("false"));
    // The audit and the snapshots only grow; the rest is read and written.
    for (const QString& table : {QStringLiteral("audit_log"), QStringLiteral("handover_snapshots"),
                                 QStringLiteral("parent_summary_snapshots")}) {
        const QString right = QStringLiteral("SELECT has_table_privilege('kindzicht_user', '%1', '%2')");
        EXPECT_EQ(ask(right.arg(table, QStringLiteral("INSERT"))), QStringLiteral("true"))
            << qPrintable(table);
        for (const QString& denied :
             {QStringLiteral("UPDATE"), QStringLiteral("DELETE"), QStringLiteral("TRUNCATE")})
            EXPECT_EQ(ask(right.arg(table, denied)), QStringLiteral("false")) << qPrintable(table + denied);
    }
    EXPECT_EQ(ask(QStringLiteral("SELECT has_table_privilege('kindzicht_user', 'children', 'UPDATE')")),
              QStringLiteral("true"));
    // The database's own log settings, whatever the server's are.
    EXPECT_TRUE(
        ask(QStringLiteral("SELECT array_to_string(setconfig, ' ') FROM pg_db_role_setting s JOIN "
                           "pg_database d ON d.oid = s.setdatabase WHERE d.datname = current_database() "
                           "AND s.setrole = 0"))
            .contains(QStringLiteral("log_min_error_statement=panic")));

    // The administrator logs in through her own login role with her Kindzicht password.
    const Database db = Database::open(address(admin));
    const Actor actor = Authenticator::login(db, admin, QString::fromLatin1(password));
    EXPECT_TRUE(actor.roles.contains(Role::Admin));
}

TEST_F(ServerSetupTest, ADatabaseThatIsNotEmptyIsRefusedAndLeftAlone)
{
    ASSERT_EQ(superuser().run(QStringLiteral("CREATE TABLE rooster (dag text)")), QString());
    const QString admin = uniqueName(QStringLiteral("beheer"));
    try {
        ServerSetup::init(address(), admin, QString::fromLatin1(password));
        FAIL() << "a database with a table was prepared";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("is not empty"))) << qPrintable(e.userMessage());
    }
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")),
              QStringLiteral("1"));
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(admin)),
              QStringLiteral("0"));
}

TEST_F(ServerSetupTest, ASecondInitSaysTheDatabaseIsKindzichtsAlready)
{
    prepare(uniqueName(QStringLiteral("beheer")));
    try {
        ServerSetup::init(address(), uniqueName(QStringLiteral("tweede")), QString::fromLatin1(password));
        FAIL() << "a prepared database was prepared again";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("server upgrade")))
            << qPrintable(e.userMessage());
    }
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM users")), QStringLiteral("1"));
}

TEST_F(ServerSetupTest, AFailureAtTheEndLeavesTheDatabaseAsItWas)
{
    // All in one transaction: the last step (the account) refuses a weak password, and no
    // extension, table, role or setting stays behind.
    const QString admin = uniqueName(QStringLiteral("beheer"));
    EXPECT_THROW(ServerSetup::init(address(), admin, QStringLiteral("kort")), Error);
    EXPECT_EQ(
        ask(QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")),
        QStringLiteral("0"));
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_extension WHERE extname = 'unaccent'")),
              QStringLiteral("0"));
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(admin)),
              QStringLiteral("0"));
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = "
                                 "s.setdatabase WHERE d.datname = current_database()")),
              QStringLiteral("0"));
    EXPECT_THROW(ServerSetup::init(address(), QStringLiteral("Niet Geldig"), QString::fromLatin1(password)),
                 Error);
    // Then it works.
    prepare(admin);
}

TEST_F(ServerSetupTest, APlainLoginMayNotPrepareADatabase)
{
    const QString login = uniqueName(QStringLiteral("gast"));
    ASSERT_EQ(superuser().run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)), QString());
    try {
        ServerSetup::init(address(login), uniqueName(QStringLiteral("beheer")),
                          QString::fromLatin1(password));
        FAIL() << "a plain login prepared the database";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("superuser"))) << qPrintable(e.userMessage());
    }
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")),
              QStringLiteral("0"));
}

TEST_F(ServerSetupTest, AFailingStatementLeavesTheChildsNameOutOfTheServersLog)
{
    // Without the database's settings the throwaway server logs like a default one: the failing
    // statement and the error's text, names and all (so this test can fail).
    const QString control = uniqueName(QStringLiteral("Controlekind"));
    superuser().run(QStringLiteral("SELECT CAST('%1' AS date)").arg(control));
    ASSERT_TRUE(logShows(control)) << "the server's log is not where the test looks";

    const QString admin = uniqueName(QStringLiteral("beheer"));
    prepare(admin);
    const QString child = uniqueName(QStringLiteral("Geheimkind"));
    const Database db = Database::open(address(admin));
    const auto fails = [&](const QString& sql) {
        EXPECT_THROW(SqlQuery(db, sql).bind(QStringLiteral(":name"), child).exec(), Error) << qPrintable(sql);
    };
    fails(QStringLiteral("SELECT CAST(:name AS date)")); // the error's own text holds the value
    fails(QStringLiteral("INSERT INTO children (given_name) VALUES (:name)")); // DETAIL: the failing row
    fails(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :name)")); // STATEMENT
    // The log is still written (the superuser's session began before the settings).
    superuser().run(QStringLiteral("SELECT CAST('%1' AS date)").arg(control + QStringLiteral("na")));
    ASSERT_TRUE(logShows(control + QStringLiteral("na")));
    EXPECT_FALSE(logShows(child)) << "the server's log holds the child's name";
}
