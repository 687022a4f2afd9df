#pragma once

#include "../QtPrinters.h"
#include "ThrowawayPostgres.h"

#include <QString>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

// An empty database of its own on the run's PostgreSQL server, for `server init` and what follows
// it; skipped without a server (failed where it is required). The roles kindzicht_owner and
// kindzicht_user are the whole server's, so each test's logins get names of their own.
class ServerFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // The database's address for a login (the run's superuser when empty).
    QString address(const QString& login = QString()) const;
    // The server's superuser on this test's database.
    const kz::test::PostgresConnection& superuser() const { return *m_superuser; }
    // A name no earlier test on this server used: for logins and for a child nobody else has.
    static QString uniqueName(const QString& prefix);
    // server init with this login as the first administrator.
    void prepare(const QString& admin);

    static constexpr const char* password = "Vlinder-2024-Wolk";
    std::optional<QString> m_socket;
    std::unique_ptr<kz::test::ScratchPostgresDatabase> m_database;
    std::unique_ptr<kz::test::PostgresConnection> m_superuser;
};
