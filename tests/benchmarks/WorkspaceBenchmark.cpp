// The window at organisation scale: a director (a manager of every location) opens Kindzicht and
// each workspace, over 100 locations and 100,000 children (override with KINDZICHT_BENCH_CHILDREN /
// KINDZICHT_BENCH_OBSERVATIONS). KINDZICHT_BENCH_DB names a file (default:
// kindzicht-workspaces-bench.db in the working folder), generated once and reused, or a server
// database, filled once from such a file (see BenchDatabase.h). Runs offscreen.
#include "BenchDatabase.h"
#include "db/Database.h"
#include "demo/SyntheticOrganisation.h"
#include "settings/Settings.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildOverviewQuery.h"

#include <QApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

using namespace kz;

namespace {

std::unique_ptr<Database> database;
std::unique_ptr<QTemporaryDir> settingsDir;
std::unique_ptr<Settings> settings;
std::unique_ptr<LanguageManager> languages;
Actor director;

void prepare()
{
    database = bench::openBenchDatabase(QStringLiteral("kindzicht-workspaces-bench.db"), 100'000);
    director = bench::loginGenerated(*database, QString::fromLatin1(SyntheticOrganisation::directieName));
    settingsDir = std::make_unique<QTemporaryDir>();
    settings = std::make_unique<Settings>(settingsDir->filePath(QStringLiteral("settings.ini")));
    languages = std::make_unique<LanguageManager>(*settings);
}

std::unique_ptr<MainWindow> openWindow(const Session& session)
{
    auto window = std::make_unique<MainWindow>(session, *languages, *settings);
    window->show();
    QCoreApplication::processEvents();
    return window;
}

// Login done: from constructing the window to the children list on the screen.
void openMainWindowAsDirectie(benchmark::State& state)
{
    const Session session{*database, director};
    for (auto _ : state) {
        auto window = openWindow(session);
        benchmark::DoNotOptimize(window.get());
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(openMainWindowAsDirectie)->Unit(benchmark::kMillisecond);

// Opening one workspace for the first time in a window that is open already.
void openWorkspace(benchmark::State& state)
{
    const Session session{*database, director};
    const auto workspace = static_cast<MainWindow::Workspace>(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        auto window = openWindow(session);
        state.ResumeTiming();
        window->showWorkspace(workspace);
        QCoreApplication::processEvents();
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(openWorkspace)
    ->ArgName("workspace")
    ->Arg(MainWindow::Search)
    ->Arg(MainWindow::SocialMap)
    ->Arg(MainWindow::GroupNeeds)
    ->Arg(MainWindow::Handover)
    ->Arg(MainWindow::Administration)
    ->Unit(benchmark::kMillisecond);

// The children overview's first page and count, as the list shows them, sorted by each column.
void childrenFirstPage(benchmark::State& state)
{
    const auto sort = static_cast<ChildOverviewSort>(state.range(0));
    for (auto _ : state) {
        const ChildOverviewQuery query(*database, director, {}, sort);
        benchmark::DoNotOptimize(query.count());
        benchmark::DoNotOptimize(query.page(0, 200));
    }
}
BENCHMARK(childrenFirstPage)->ArgName("sort")->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

// Every child the director may see, row by row (what `children list --format csv` reads).
void childrenAllRows(benchmark::State& state)
{
    for (auto _ : state) {
        int rows = 0;
        ChildOverviewQuery(*database, director).forEach([&rows](const ChildSummary&) { ++rows; });
        state.counters["rows"] = rows;
    }
}
BENCHMARK(childrenAllRows)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform says so for every window shown; that would bury the results.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            previous(type, context, message);
    });
    QApplication app(argc, argv);
    prepare();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    languages.reset();
    settings.reset();
    database.reset();
    return 0;
}
