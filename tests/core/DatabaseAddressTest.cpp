#include "db/DatabaseAddress.h"

#include "Error.h"
#include "db/Database.h"

#include <QDir>
#include <gtest/gtest.h>

using kz::DatabaseAddress;
using kz::Error;

namespace {

Error::Kind kindOf(const QString& text)
{
    try {
        DatabaseAddress::parse(text);
    } catch (const Error& e) {
        return e.kind();
    }
    ADD_FAILURE() << "accepted: " << qPrintable(text);
    return Error::Kind::Database;
}

} // namespace

TEST(DatabaseAddressTest, APathIsAnSqliteFileMadeAbsolute)
{
    const DatabaseAddress address = DatabaseAddress::parse(QStringLiteral("locatie.db"));
    EXPECT_EQ(address.engine(), DatabaseAddress::Engine::SqliteFile);
    EXPECT_FALSE(address.isServer());
    EXPECT_EQ(address.filePath(), QDir::current().absoluteFilePath(QStringLiteral("locatie.db")));
    EXPECT_EQ(address.toString(), address.filePath());
}

TEST(DatabaseAddressTest, AServerUriNamesUserHostPortDatabaseAndSslMode)
{
    const DatabaseAddress address = DatabaseAddress::parse(
        QStringLiteral("postgresql://kindzicht@db.example.org:5433/organisatie?sslmode=verify-full"));
    EXPECT_TRUE(address.isServer());
    EXPECT_EQ(address.user(), QStringLiteral("kindzicht"));
    EXPECT_EQ(address.host(), QStringLiteral("db.example.org"));
    EXPECT_EQ(address.port(), 5433);
    EXPECT_EQ(address.databaseName(), QStringLiteral("organisatie"));
    EXPECT_EQ(address.sslMode(), QStringLiteral("verify-full"));
    EXPECT_TRUE(address.connectOptions().contains(QStringLiteral("sslmode=verify-full")));
    EXPECT_EQ(DatabaseAddress::parse(address.toString()).toString(), address.toString());
}

TEST(DatabaseAddressTest, AUnixSocketFolderIsTheHostAndSurvivesTheRoundTrip)
{
    const DatabaseAddress address =
        DatabaseAddress::parse(QStringLiteral("postgresql://postgres@/kz_test?host=/tmp/kz%20pg"));
    EXPECT_EQ(address.host(), QStringLiteral("/tmp/kz pg"));
    EXPECT_EQ(address.port(), 5432);
    const DatabaseAddress again = DatabaseAddress::parse(address.toString());
    EXPECT_EQ(again.host(), address.host());
    EXPECT_EQ(again.databaseName(), QStringLiteral("kz_test"));
}

TEST(DatabaseAddressTest, MistakesAreRefusedWithAMessage)
{
    EXPECT_EQ(kindOf(QString()), Error::Kind::Validation);
    EXPECT_EQ(kindOf(QStringLiteral("postgresql://user:secret@host/db")), Error::Kind::Validation);
    EXPECT_EQ(kindOf(QStringLiteral("postgresql://user@host")), Error::Kind::Validation);
    EXPECT_EQ(kindOf(QStringLiteral("postgresql://user@host/db?sslmode=maybe")), Error::Kind::Validation);
    EXPECT_EQ(kindOf(QStringLiteral("postgresql://user@host/db?password=x")), Error::Kind::Validation);
    EXPECT_EQ(kindOf(QStringLiteral("postgresql://user@host:99999/db")), Error::Kind::Validation);
    EXPECT_EQ(kindOf(QStringLiteral("mysql://user@host/db")), Error::Kind::Validation);
    try {
        DatabaseAddress::parse(QStringLiteral("postgresql://user:secret@host/db"));
    } catch (const Error& e) {
        EXPECT_FALSE(e.userMessage().contains(QStringLiteral("secret")));
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("password")));
    }
}

TEST(DatabaseAddressTest, OpeningAServerAddressNeverCreatesAFileNamedLikeIt)
{
    const QString uri = QStringLiteral("postgresql://kindzicht@localhost/organisatie");
    EXPECT_THROW(kz::Database::open(uri), Error);
    EXPECT_FALSE(QDir(QStringLiteral("postgresql:")).exists());
}
