// At organisation scale: 10,000 children and 1,000,000 observations (override with
// KINDZICHT_BENCH_CHILDREN / KINDZICHT_BENCH_OBSERVATIONS; the figures of issue #18 are taken at
// KINDZICHT_BENCH_CHILDREN=100000). The database is generated once into KINDZICHT_BENCH_DB
// (default: kindzicht-bench.db in the working folder) and reused; one generated before the
// directie account existed is refused: delete it and run again.
#include "Clock.h"
#include "access/AccessPolicy.h"
#include "db/Database.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "services/Authenticator.h"
#include "services/Dossier.h"
#include "services/GroupNeeds.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
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

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

void prepare()
{
    const QString path = qEnvironmentVariableIsSet("KINDZICHT_BENCH_DB")
                             ? qEnvironmentVariable("KINDZICHT_BENCH_DB")
                             : QStringLiteral("kindzicht-bench.db");
    const bool fresh = !QFileInfo::exists(path);
    database = std::make_unique<Database>(Database::open(path));
    if (fresh) {
        SyntheticSize size;
        size.locations = 100;
        size.children = envNumber("KINDZICHT_BENCH_CHILDREN", 10'000);
        size.observations = envNumber("KINDZICHT_BENCH_OBSERVATIONS", 1'000'000);
        QElapsedTimer timer;
        timer.start();
        std::fprintf(stderr, "generating %d children and %d observations into %s ...\n", size.children,
                     size.observations, qPrintable(path));
        SyntheticOrganisation::generate(*database, size);
        std::fprintf(stderr, "generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
    }
    const QString password = QString::fromLatin1(DemoDatabase::password);
    practitioner = Authenticator::login(*database, QStringLiteral("pm1-1"), password);
    manager = Authenticator::login(*database, QStringLiteral("manager1"), password);
    directie =
        Authenticator::login(*database, QString::fromLatin1(SyntheticOrganisation::directieName), password);
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

// The same per-group figures query, run by the sqlite3 command-line shell (process start included;
// its own .timer line is printed once for comparison).
void groupFiguresInSqliteShell(benchmark::State& state)
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
    static bool printed = false;
    for (auto _ : state) {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {database->path()});
        shell.write((QStringLiteral(".timer on\n") + sql + QStringLiteral(";\n")).toUtf8());
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        const QString out = QString::fromUtf8(shell.readAllStandardOutput());
        if (!printed) {
            printed = true;
            std::fprintf(stderr, "sqlite3 shell: %s\n",
                         qPrintable(out.section(QStringLiteral("Run Time"), 1).trimmed()));
        }
    }
}
BENCHMARK(groupFiguresInSqliteShell)->Unit(benchmark::kMillisecond);

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
