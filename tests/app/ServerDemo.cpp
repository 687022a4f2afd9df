#include "ServerDemo.h"

#include "db/DatabaseAddress.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"

using namespace kz;

ServerDemo::ServerDemo(const QString& socket) : m_scratch(socket)
{
    if (!m_scratch.created())
        return;
    m_address =
        DatabaseAddress::server(QStringLiteral("postgres"), socket, 5432, m_scratch.name(), {}).toString();
    DemoDatabase::create(m_address);
    m_created = true;
}

Actor ServerDemo::login(const Database& db, const QString& username)
{
    return Authenticator::login(db, username, QString::fromLatin1(DemoDatabase::password));
}
