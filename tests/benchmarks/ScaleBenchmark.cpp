// At organisation scale: 10,000 children and 1,000,000 observations (override with
// KINDZICHT_BENCH_CHILDREN / KINDZICHT_BENCH_OBSERVATIONS; the figures of issue #18 are taken at
// KINDZICHT_BENCH_CHILDREN=100000). KINDZICHT_BENCH_DB names a file (default: kindzicht-bench.db in
// the working folder), generated once and reused, or a server database, filled once from such a
// file (see BenchDatabase.h). One generated before the directie account existed is refused.
#include "BenchDatabase.h"
#include "Clock.h"
#include "access/AccessPolicy.h"
#include "db/Database.h"
#include "db/DatabaseAddress.h"
#include "demo/SyntheticOrganisation.h"
#include "services/Dossier.h"
#include "services/GroupNeeds.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace kz;

namespace {

std::unique_ptr<Database> database;
Actor practitioner;
Actor manager;
Actor directie; // manager of every location: the whole organisation
qint64 someChild = 0;

void prepare()
{
    database = bench::openBenchDatabase(QStringLiteral("kindzicht-bench.db"), 10'000);
    practitioner = bench::loginGenerated(*database, QStringLiteral("pm1-1"));
    manager = bench::loginGenerated(*database, QStringLiteral("manager1"));
    directie = bench::loginGenerated(*database, QString::fromLatin1(SyntheticOrganisation::directieName));
    someChild = ChildStore(*database).list(practitioner).constFirst().child.id;
}

void groupList(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(ChildStore(*database).list(practitioner));
}
BENCHMARK(groupList)->Unit(benchmark::kMillisecond);

void locationList(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(ChildStore(*database).list(manager));
}
BENCHMARK(locationList)->Unit(benchmark::kMillisecond);

void dossier(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(Dossier(*database, practitioner, someChild).timeline());
}
BENCHMARK(dossier)->Unit(benchmark::kMillisecond);

void searchOwnChildren(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(
            ObservationStore(*database).search(practitioner, QStringLiteral("cafe puzzel")));
}
BENCHMARK(searchOwnChildren)->Unit(benchmark::kMillisecond);

void searchLocation(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(ObservationStore(*database).search(manager, QStringLiteral("cafe puzzel")));
}
BENCHMARK(searchLocation)->Unit(benchmark::kMillisecond);

void groupNeedsOneLocation(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(GroupNeeds(*database, manager));
}
BENCHMARK(groupNeedsOneLocation)->Unit(benchmark::kMillisecond);

// One scope check, as every read of a child's data makes it.
void requireChild(benchmark::State& state)
{
    for (auto _ : state)
        AccessPolicy::requireChild(*database, directie, someChild);
}
BENCHMARK(requireChild)->Unit(benchmark::kMicrosecond);

// The overdracht screen for the whole organisation: every child turning four within a year.
void turningFourOrganisation(benchmark::State& state)
{
    const QDate today = Clock::today();
    for (auto _ : state)
        benchmark::DoNotOptimize(HandoverStore(*database).candidates(directie, today, today.addMonths(12)));
}
BENCHMARK(turningFourOrganisation)->Unit(benchmark::kMillisecond);

// `report groups` for the whole organisation (figures, attention lists and trend).
void groupNeedsOrganisation(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(GroupNeeds(*database, directie));
}
BENCHMARK(groupNeedsOrganisation)->Unit(benchmark::kMillisecond);

// The same per-group figures query, run by the engine's own command-line shell: sqlite3 on a
// file, psql on a server (process start included; its own timing is printed once for comparison).
void startShell(QProcess& shell)
{
    if (!database->isServer()) {
        shell.start(QStringLiteral("sqlite3"), {database->path()});
        shell.write(QByteArrayLiteral(".timer on\n"));
        return;
    }
    const DatabaseAddress address = DatabaseAddress::parse(database->path());
    shell.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), address.host(),
                 QStringLiteral("-p"), QString::number(address.port()), QStringLiteral("-U"), address.user(),
                 QStringLiteral("-d"), address.databaseName()});
    shell.write(QByteArrayLiteral("\\timing on\n"));
}

void groupFiguresInShell(benchmark::State& state)
{
    QString sql = GroupNeeds::groupFiguresSql(database->dialect());
    const QDate today = Clock::today();
    sql.replace(QStringLiteral(":actor"), QString::number(manager.userId))
        .replace(QStringLiteral(":today"), QStringLiteral("'%1'").arg(today.toString(Qt::ISODate)))
        .replace(QStringLiteral(":location"), QStringLiteral("NULL"))
        .replace(QStringLiteral(":domain"), QStringLiteral("NULL"))
        .replace(QStringLiteral(":informed_before"),
                 QStringLiteral("'%1'").arg(today.addDays(-14).toString(Qt::ISODate)))
        .replace(QStringLiteral(":birthday_until"),
                 QStringLiteral("'%1'").arg(today.addMonths(6).addYears(-4).toString(Qt::ISODate)));
    const QString timing = database->isServer() ? QStringLiteral("Time:") : QStringLiteral("Run Time");
    static bool printed = false;
    for (auto _ : state) {
        QProcess shell;
        startShell(shell);
        shell.write((sql + QStringLiteral(";\n")).toUtf8());
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        const QString out = QString::fromUtf8(shell.readAllStandardOutput());
        if (!printed) {
            printed = true;
            std::fprintf(stderr, "%s shell: %s\n", database->isServer() ? "psql" : "sqlite3",
                         qPrintable(out.section(timing, 1).trimmed()));
        }
    }
}
BENCHMARK(groupFiguresInShell)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    prepare();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    database.reset();
    return 0;
}
