// On the organisation's server the server guards too: a person's everyday login (kindzicht_user)
// writes what Kindzicht needs, but cannot rewrite the audit, purge or upgrade; the owner can.
#include "Error.h"
#include "ServerFixture.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "services/Authenticator.h"
#include "services/Retention.h"
#include "services/ServerSetup.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

using namespace kz;

class ServerRightsTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        admin = uniqueName(QStringLiteral("beheer"));
        prepare(admin);
    }
    QString ask(const QString& sql) const { return superuser().scalar(sql); }
    // What the server says to a statement, or an empty text when it ran.
    static QString refusal(const Database& db, const QString& sql)
    {
        try {
            SqlQuery::run(db, sql);
        } catch (const Error& e) {
            return e.detail();
        }
        return {};
    }
    // Makes the database look as version 11 left it: without step 12's tables, with the needs index
    // as it was before step 13 and without step 14's row versions.
    static constexpr int olderVersion = 11;
    void goBackToAnOlderVersion() const
    {
        // Step 16 gave each child her highest open level, kept by triggers.
        for (const char* undo :
             {"DROP TRIGGER support_needs_level_insert_delete ON support_needs",
              "DROP TRIGGER support_needs_level_update ON support_needs",
              "DROP FUNCTION kz_keep_open_need_level()", "ALTER TABLE children DROP COLUMN open_need_level",
              "CREATE INDEX children_group_dates ON children(group_id, birth_date, start_date, end_date)"})
            ASSERT_EQ(superuser().run(QString::fromLatin1(undo)), QString());
        ASSERT_EQ(superuser().run(QStringLiteral("DROP TABLE backup_log, backup_keys")), QString());
        ASSERT_EQ(superuser().run(QStringLiteral("DROP INDEX support_needs_child_open")), QString());
        ASSERT_EQ(superuser().run(QStringLiteral(
                      "CREATE INDEX support_needs_child_open ON support_needs(child_id, status, level, "
                      "domain_id, signalled_on, closed_on)")),
                  QString());
        // Step 14 gave the edited rows a version and their last changer.
        for (const char* table : {"children", "guardians", "support_needs", "observations", "partners"})
            ASSERT_EQ(
                superuser().run(QStringLiteral("ALTER TABLE %1 DROP COLUMN version, DROP COLUMN updated_by")
                                    .arg(QLatin1String(table))),
                QString());
        ASSERT_EQ(superuser().run(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                      .arg(olderVersion)),
                  QString());
    }

    QString admin;
};

TEST_F(ServerRightsTest, AnEverydayLoginWritesButCannotRewriteTheAudit)
{
    const Database db = Database::open(address(admin));
    const Actor actor = Authenticator::login(db, admin, QString::fromLatin1(password));
    Location location;
    location.name = QStringLiteral("Locatie Zonnebloem");
    EXPECT_GT(OrganisationStore(db).createLocation(actor, location), 0);
    const QString audited = ask(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    ASSERT_GE(audited.toInt(), 3); // first admin, login, location

    for (const QString& sql :
         {QStringLiteral("UPDATE audit_log SET action = 'view'"), QStringLiteral("DELETE FROM audit_log"),
          QStringLiteral("TRUNCATE audit_log"), QStringLiteral("DELETE FROM handover_snapshots"),
          QStringLiteral("UPDATE parent_summary_snapshots SET content = ''")})
        EXPECT_TRUE(refusal(db, sql).contains(QStringLiteral("permission denied"))) << qPrintable(sql);
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audited);
    EXPECT_EQ(AuditLog::entries(db, 1).first().entity, QStringLiteral("location"));
    // Nor may it change the schema or the server's settings for the database.
    EXPECT_FALSE(refusal(db, QStringLiteral("CREATE TABLE eigen (x int)")).isEmpty());
    EXPECT_FALSE(refusal(db, QStringLiteral("ALTER TABLE children ADD COLUMN extra text")).isEmpty());
}

TEST_F(ServerRightsTest, ALoginReadsOnlyHerOwnPasswordHash)
{
    const QString colleague = uniqueName(QStringLiteral("collega"));
    ASSERT_EQ(superuser().run(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE kindzicht_user").arg(colleague)),
              QString());
    const Database asAdmin = Database::open(address(admin));
    User user;
    user.username = colleague;
    user.displayName = QStringLiteral("Anna de Vries");
    user.roles = {Role::Practitioner};
    UserStore(asAdmin).create(Authenticator::login(asAdmin, admin, QString::fromLatin1(password)), user,
                              QStringLiteral("Zomer-Strand-2031"));

    const Database db = Database::open(address(colleague));
    EXPECT_TRUE(refusal(db, QStringLiteral("SELECT password_hash FROM users"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_EQ(SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM users")).scalar()->toInt(),
              2); // names stay readable
    // Her own she reads through the server's function, so logging in and changing it work.
    const Actor actor = Authenticator::login(db, colleague, QStringLiteral("Zomer-Strand-2031"));
    UserStore(db).changeOwnPassword(actor, QStringLiteral("Zomer-Strand-2031"),
                                    QStringLiteral("Herfst-Bos-2032"));
    EXPECT_NO_THROW(Authenticator::login(db, colleague, QStringLiteral("Herfst-Bos-2032")));
    EXPECT_TRUE(UserStore(db).passwordHash(actor.userId).startsWith(QStringLiteral("$argon2id$")));
    const qint64 adminId = UserStore(db).actorByUsername(admin)->userId;
    EXPECT_EQ(UserStore(db).passwordHash(adminId), QString());
}

TEST_F(ServerRightsTest, APurgeIsTheOwnersAndTheEverydayLoginIsToldSoBeforeAnythingGoes)
{
    const Database db = Database::open(address(admin));
    const Actor actor = Authenticator::login(db, admin, QString::fromLatin1(password));
    try {
        Retention::purge(db, actor);
        FAIL() << "an everyday login purged";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("kindzicht_owner")))
            << qPrintable(e.userMessage());
    }
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM retention_log")), QStringLiteral("0"));

    // A login in kindzicht_owner may.
    const QString owner = uniqueName(QStringLiteral("eigenaar"));
    ASSERT_EQ(superuser().run(
                  QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE kindzicht_owner, kindzicht_user").arg(owner)),
              QString());
    const Database asOwner = Database::open(address(owner));
    const RetentionResult purged =
        Retention::purge(asOwner, Authenticator::login(asOwner, admin, QString::fromLatin1(password)));
    EXPECT_FALSE(purged.wipePending) << qPrintable(purged.wipeProblem);
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM retention_log")), QStringLiteral("1"));
}

TEST_F(ServerRightsTest, AnOlderSchemaIsUpgradedByTheOwnerAndAnEverydayLoginIsToldToWait)
{
    goBackToAnOlderVersion();
    const int older = olderVersion;
    try {
        Database::open(address(admin));
        FAIL() << "an everyday login opened an older schema";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("server upgrade")))
            << qPrintable(e.userMessage());
    }
    EXPECT_EQ(ask(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
              QString::number(older));
    EXPECT_THROW(ServerSetup::upgrade(address(admin)), Error);

    const ServerUpgradeResult result = ServerSetup::upgrade(address());
    EXPECT_EQ(result.before, older);
    EXPECT_EQ(result.after, Migrations::currentVersion());
    // What the step made stays the owner's, and the everyday role may use it.
    EXPECT_EQ(ask(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'children'")),
              QStringLiteral("kindzicht_owner"));
    EXPECT_EQ(ask(QStringLiteral("SELECT has_table_privilege('kindzicht_user', 'backup_log', 'INSERT')")),
              QStringLiteral("true"));
    EXPECT_TRUE(ask(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                   "'support_needs_child_open'"))
                    .contains(QStringLiteral("parents_informed_on")));
    EXPECT_EQ(
        ask(QStringLiteral("SELECT has_column_privilege('kindzicht_user', 'children', 'version', 'UPDATE')")),
        QStringLiteral("true"));
    EXPECT_NO_THROW(Database::open(address(admin)));
}

TEST_F(ServerRightsTest, AnOwnersLoginUpgradesOnOpening)
{
    goBackToAnOlderVersion();
    const QString owner = uniqueName(QStringLiteral("eigenaar"));
    ASSERT_EQ(superuser().run(
                  QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE kindzicht_owner, kindzicht_user").arg(owner)),
              QString());
    const Database db = Database::open(address(owner));
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
    EXPECT_EQ(ask(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = "
                                 "'observations' AND column_name = 'version'")),
              QStringLiteral("1"));
    EXPECT_EQ(
        ask(QStringLiteral("SELECT COUNT(*) FROM children WHERE open_need_level IS NOT NULL")),
        ask(QStringLiteral("SELECT COUNT(DISTINCT child_id) FROM support_needs WHERE status <> 'closed'")));
}

TEST_F(ServerRightsTest, AnEmptyDatabaseSaysServerInitAndAFileIsNoServer)
{
    const test::ScratchPostgresDatabase empty(*m_socket);
    ASSERT_TRUE(empty.created());
    const QString emptyAddress =
        QStringLiteral("postgresql://%1@/%2?host=%3").arg(admin, empty.name(), *m_socket);
    try {
        Database::open(emptyAddress);
        FAIL() << "an everyday login made a schema";
    } catch (const Error& e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("server init"))) << qPrintable(e.userMessage());
    }
    EXPECT_THROW(ServerSetup::upgrade(emptyAddress), Error);
    EXPECT_THROW(ServerSetup::init(QStringLiteral("/tmp/kindzicht.db"), admin, QString::fromLatin1(password)),
                 Error);
}
