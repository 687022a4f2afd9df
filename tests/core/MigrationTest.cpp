#include "../QtPrinters.h"
#include "Error.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "db/sqlite/SchemaV1.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace kz;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a raw SQLite file with the given user_version, bypassing Kindzicht.
void writeRawDatabase(const QString& path, int userVersion)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

bool tableExists(const Database& db, const QString& name)
{
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name);
    return q.scalar().has_value();
}

} // namespace

TEST(MigrationTest, ANewFileIsCreatedAtTheCurrentSchemaWithTheRightPragmasAndMode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/sub/kindzicht.db"));
    const Database db = Database::open(path);
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
    struct stat status
    {
    };
    ASSERT_EQ(stat(QFile::encodeName(path).constData(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
    SqlQuery fk(db, QStringLiteral("PRAGMA foreign_keys"));
    EXPECT_EQ(fk.scalar().value().toInt(), 1);
    SqlQuery journal(db, QStringLiteral("PRAGMA journal_mode"));
    EXPECT_EQ(journal.scalar().value().toString(), QStringLiteral("wal"));
    SqlQuery domains(db, QStringLiteral("SELECT COUNT(*) FROM domains"));
    EXPECT_EQ(domains.scalar().value().toInt(), 9);
}

TEST(MigrationTest, ReopeningKeepsDataAndVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.db"));
    {
        const Database db = Database::open(path);
        SqlQuery::run(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')"));
    }
    const Database db = Database::open(path);
    SqlQuery q(db, QStringLiteral("SELECT value FROM meta WHERE key = 'x'"));
    EXPECT_EQ(q.scalar().value().toString(), QStringLiteral("y"));
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
}

TEST(MigrationTest, AFileFromANewerVersionIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    writeRawDatabase(path, Migrations::currentVersion() + 7);
    const QByteArray before = fileHash(path);
    try {
        Database::open(path);
        FAIL() << "a newer schema was opened";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::SchemaTooNew);
        EXPECT_TRUE(e.userMessage().contains(QString::number(Migrations::currentVersion() + 7)));
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(MigrationTest, AFailingMigrationLeavesThePreviousVersionIntact)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("k.db")));
    std::vector<Migration> migrations = Migrations::all();
    const int next = Migrations::currentVersion() + 1;
    migrations.push_back(
        {next,
         {QStringLiteral("CREATE TABLE half_done (x)"), QStringLiteral("INSERT INTO half_done VALUES (1)"),
          QStringLiteral("THIS IS NOT SQL")}});
    try {
        Migrations::upgrade(db, migrations);
        FAIL() << "the broken migration passed";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Database);
        EXPECT_TRUE(e.userMessage().contains(QString::number(Migrations::currentVersion())));
    }
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
    EXPECT_FALSE(tableExists(db, QStringLiteral("half_done")));
}

TEST(MigrationTest, MigrationsRunOneStepAtATimeFromEveryEarlierVersion)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("k.db")));
    std::vector<Migration> migrations = Migrations::all();
    const int base = Migrations::currentVersion();
    migrations.push_back({base + 1, {QStringLiteral("CREATE TABLE step_one (x)")}});
    migrations.push_back({base + 2, {QStringLiteral("ALTER TABLE step_one ADD COLUMN y")}});
    Migrations::upgrade(db, migrations);
    EXPECT_EQ(db.schemaVersion(), base + 2);
    EXPECT_TRUE(tableExists(db, QStringLiteral("step_one")));
    // Running again changes nothing.
    EXPECT_NO_THROW(Migrations::upgrade(db, migrations));
    EXPECT_EQ(db.schemaVersion(), base + 2);
}

TEST(MigrationTest, AVersionOneFileIsUpgradedWithItsDataKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const QString& statement : schemaV1Statements())
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    const Database db = Database::open(path);
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
    EXPECT_TRUE(tableExists(db, QStringLiteral("observation_drafts")));
    SqlQuery kept(db, QStringLiteral("SELECT value FROM meta WHERE key = 'kept'"));
    EXPECT_EQ(kept.scalar().value().toString(), QStringLiteral("yes"));
}

TEST(MigrationTest, NumberedMigrationsAreStrictlyIncreasingFromOne)
{
    int expected = 1;
    for (const Migration& m : Migrations::all())
        EXPECT_EQ(m.version, expected++);
}

TEST(MigrationTest, AnUnreadableFileGivesAClearError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-db.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    EXPECT_THROW(Database::open(path), Error);
}

TEST(MigrationTest, AVersionSixFileIsUpgradedWithItsGroupsChildrenAndReferencesKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const Migration& m : Migrations::all()) {
            if (m.version > 6)
                continue;
            for (const QString& statement : m.statements) {
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
            }
        }
        const QStringList rows = {
            QStringLiteral("INSERT INTO locations (id, name, created_at) VALUES (1, 'Oud', '2024-01-01')"),
            QStringLiteral(
                "INSERT INTO groups (id, location_id, name, kind, min_age_months, max_age_months, capacity) "
                "VALUES (7, 1, 'Egeltjes', 'peuteropvang_ve', 30, 48, 16)"),
            QStringLiteral(
                "INSERT INTO users (id, username, display_name, created_at) VALUES (3, 'pm', 'PM', '2024')"),
            QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (3, 7)"),
            QStringLiteral(
                "INSERT INTO children (id, given_name, family_name, birth_date, group_id, start_date, "
                "created_at, updated_at) VALUES (11, 'Oud', 'Kind', '2022-01-01', 7, '2024-01-01', '', '')"),
            QStringLiteral("PRAGMA user_version = 6"),
        };
        for (const QString& statement : rows)
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    const Database db = Database::open(path);
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
    SqlQuery group(
        db, QStringLiteral("SELECT g.name || '/' || g.kind || '/' || c.given_name FROM children c "
                           "JOIN groups g ON g.id = c.group_id JOIN user_groups ug ON ug.group_id = g.id"));
    EXPECT_EQ(group.scalar().value().toString(), QStringLiteral("Egeltjes/peuteropvang_ve/Oud"));
    SqlQuery fk(db, QStringLiteral("PRAGMA foreign_keys"));
    EXPECT_EQ(fk.scalar().value().toInt(), 1);
    SqlQuery broken(db, QStringLiteral("PRAGMA foreign_key_check"));
    EXPECT_FALSE(broken.scalar().has_value());
    EXPECT_TRUE(tableExists(db, QStringLiteral("groups_location")));
    EXPECT_TRUE(tableExists(db, QStringLiteral("guardians")));
    EXPECT_TRUE(tableExists(db, QStringLiteral("child_group_moves")));
    // The new kind is allowed now, and references to groups still hold.
    EXPECT_NO_THROW(
        SqlQuery::run(db, QStringLiteral("INSERT INTO groups (location_id, name, kind, min_age_months, "
                                         "max_age_months, capacity) VALUES (1, 'Vlinders', "
                                         "'peuteropvang', 24, 48, 16)")));
    EXPECT_THROW(SqlQuery::run(db, QStringLiteral("UPDATE children SET group_id = 999 WHERE id = 11")),
                 Error);
    SqlQuery archived(db, QStringLiteral("SELECT archived FROM locations WHERE id = 1"));
    EXPECT_EQ(archived.scalar().value().toInt(), 0);
}

TEST(MigrationTest, AStepWithForeignKeysOffIsRefusedWhenItWouldBreakAReference)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("k.db")));
    std::vector<Migration> migrations = Migrations::all();
    const int next = Migrations::currentVersion() + 1;
    migrations.push_back(
        {next, {QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (4242, 'admin')")}, true});
    EXPECT_THROW(Migrations::upgrade(db, migrations), Error);
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
    SqlQuery roles(db, QStringLiteral("SELECT COUNT(*) FROM user_roles"));
    EXPECT_EQ(roles.scalar().value().toInt(), 0);
    SqlQuery fk(db, QStringLiteral("PRAGMA foreign_keys"));
    EXPECT_EQ(fk.scalar().value().toInt(), 1);
}

TEST(MigrationTest, TheConnectionCountsTheStatementsItPreparesAndRuns)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("count.kindzicht")));
    const Database::StatementCount before = db.statementCount();
    SqlQuery query(db, QStringLiteral("SELECT 1"));
    query.exec();
    query.exec();
    SqlQuery::run(db, QStringLiteral("SELECT 2"));
    EXPECT_EQ(db.statementCount().prepared - before.prepared, 2);
    EXPECT_EQ(db.statementCount().executed - before.executed, 3);
}
