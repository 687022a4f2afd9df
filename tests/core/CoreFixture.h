#pragma once

#include "../QtPrinters.h"
#include "ThrowawayPostgres.h"
#include "db/Database.h"
#include "domain/Child.h"
#include "domain/User.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

// A small organisation in a fresh database of its own:
//   location A (groups A1, A2) and location B (group B1)
//   practitionerA1 works in A1, practitionerA2 in A2, practitionerB in B1
//   managerA manages location A, managerB location B
//   admin has only the admin role; adminManager is admin and manager of A
// Each group holds one child.
class CoreFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    // KINDZICHT_TEST_ENGINE=postgres: the organisation lives in a database of its own on the run's
    // PostgreSQL server instead of a file (CTest runs the core suite once on each engine).
    static bool onServer();

    const kz::Database& db() const { return *m_db; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("test.db")); }
    // What SetUp opens: the file, or the server database (onServer()).
    QString databaseLocation() const;
    kz::Child childTemplate(qint64 groupId, const QString& givenName = QStringLiteral("Noor")) const;
    qint64 domainId(const QString& code) const;
    int countRows(const QString& table) const;

    QTemporaryDir m_dir;
    std::optional<QString> m_socket;
    std::unique_ptr<kz::test::ScratchPostgresDatabase> m_serverDatabase;
    std::unique_ptr<kz::Database> m_db;
    kz::Actor admin, adminManager, managerA, managerB, practitionerA1, practitionerA2, practitionerB;
    qint64 locationA = 0, locationB = 0;
    qint64 groupA1 = 0, groupA2 = 0, groupB1 = 0;
    qint64 childA1 = 0, childA2 = 0, childB1 = 0;
};
