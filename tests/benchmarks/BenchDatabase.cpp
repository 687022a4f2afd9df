#include "BenchDatabase.h"

#include "Error.h"
#include "db/DatabaseAddress.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "services/Authenticator.h"
#include "services/DatabaseCopy.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>

namespace kz::bench {

namespace {

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

double secondsSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.elapsed()) / 1000.0;
}

void generate(const Database& db, int defaultChildren)
{
    SyntheticSize size;
    size.locations = 100;
    size.children = envNumber("KINDZICHT_BENCH_CHILDREN", defaultChildren);
    size.observations = envNumber("KINDZICHT_BENCH_OBSERVATIONS", 1'000'000);
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr, "generating %d children and %d observations into %s ...\n", size.children,
                 size.observations, qPrintable(db.path()));
    SyntheticOrganisation::generate(db, size);
    std::fprintf(stderr, "generated in %.1f s\n", secondsSince(timer));
}

std::unique_ptr<Database> openFile(const QString& path, int defaultChildren)
{
    const bool fresh = !QFileInfo::exists(path);
    auto db = std::make_unique<Database>(Database::open(path));
    if (fresh)
        generate(*db, defaultChildren);
    return db;
}

// An empty server database gets the rows of the file, as `kindzicht-cli copy` would copy them,
// and fresh planner statistics (a server's own autovacuum would only gather them later).
void fillServer(const Database& server, const QString& defaultFile, int defaultChildren)
{
    const QString sourcePath = qEnvironmentVariableIsSet("KINDZICHT_BENCH_SOURCE")
                                   ? qEnvironmentVariable("KINDZICHT_BENCH_SOURCE")
                                   : defaultFile;
    const std::unique_ptr<Database> source = openFile(sourcePath, defaultChildren);
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr, "copying %s into %s ...\n", qPrintable(sourcePath), qPrintable(server.path()));
    DatabaseCopy::copy(*source, loginGenerated(*source, QStringLiteral("admin")), server, std::nullopt);
    server.optimize();
    std::fprintf(stderr, "copied and analysed in %.1f s\n", secondsSince(timer));
}

// KINDZICHT_BENCH_LOGIN=directie: the benchmark connects as that person's own login, as her
// computer would, so the server's row-level security is in every figure (the address's user, the
// server's administrator, sees every row without it). The login gets the everyday rights.
std::unique_ptr<Database> asOwnLogin(std::unique_ptr<Database> server, const DatabaseAddress& address)
{
    const QString login = qEnvironmentVariable("KINDZICHT_BENCH_LOGIN");
    if (login.isEmpty())
        return server;
    SqlQuery::run(*server, QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object "
                                          "THEN NULL; END $$")
                               .arg(login));
    SqlQuery::run(*server,
                  QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                      .arg(login));
    SqlQuery::run(*server,
                  QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(login));
    server.reset();
    const DatabaseAddress own = DatabaseAddress::server(login, address.host(), address.port(),
                                                        address.databaseName(), address.sslMode());
    std::fprintf(stderr, "connected as %s\n", qPrintable(login));
    return std::make_unique<Database>(Database::open(own.toString()));
}

} // namespace

std::unique_ptr<Database> openBenchDatabase(const QString& defaultFile, int defaultChildren)
{
    const QString location = qEnvironmentVariableIsSet("KINDZICHT_BENCH_DB")
                                 ? qEnvironmentVariable("KINDZICHT_BENCH_DB")
                                 : defaultFile;
    try {
        if (!DatabaseAddress::parse(location).isServer())
            return openFile(location, defaultChildren);
        auto server = std::make_unique<Database>(Database::open(location));
        if (DatabaseCopy::isEmpty(*server))
            fillServer(*server, defaultFile, defaultChildren);
        return asOwnLogin(std::move(server), DatabaseAddress::parse(location));
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(e.userMessage()), qPrintable(e.detail()));
        std::exit(1);
    }
}

Actor loginGenerated(const Database& db, const QString& username)
{
    try {
        return Authenticator::login(db, username, QString::fromLatin1(DemoDatabase::password));
    } catch (const Error& e) {
        std::fprintf(stderr,
                     "%s cannot log in to %s (%s): a database generated before the account existed; "
                     "delete it (or empty the server database) and run again.\n",
                     qPrintable(username), qPrintable(db.path()), qPrintable(e.userMessage()));
        std::exit(1);
    }
}

} // namespace kz::bench
