#include "ServerFixture.h"

#include "Error.h"
#include "services/ServerSetup.h"

#include <QRandomGenerator>

void ServerFixture::SetUp()
{
    m_socket = kz::test::postgresSocket();
    if (!m_socket) {
        if (kz::test::postgresRequired())
            FAIL() << qPrintable(kz::test::postgresMissingMessage());
        GTEST_SKIP() << qPrintable(kz::test::postgresMissingMessage());
    }
    m_database = std::make_unique<kz::test::ScratchPostgresDatabase>(*m_socket);
    ASSERT_TRUE(m_database->created());
    m_superuser = std::make_unique<kz::test::PostgresConnection>(*m_socket, m_database->name());
    ASSERT_TRUE(m_superuser->open()) << qPrintable(m_superuser->error());
}

void ServerFixture::TearDown()
{
    m_superuser.reset(); // every connection closes before the database is dropped
    m_database.reset();
}

QString ServerFixture::address(const QString& login) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3")
        .arg(login.isEmpty() ? QStringLiteral("postgres") : login, m_database->name(), *m_socket);
}

QString ServerFixture::uniqueName(const QString& prefix)
{
    QString name = prefix;
    for (int i = 0; i < 8; ++i)
        name += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return name;
}

void ServerFixture::prepare(const QString& admin)
{
    try {
        kz::ServerSetup::init(address(), admin, QString::fromLatin1(password));
    } catch (const kz::Error& e) {
        FAIL() << qPrintable(e.userMessage()) << "\n" << qPrintable(e.detail());
    }
}
