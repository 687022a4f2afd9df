// The window at organisation scale: a director (a manager of every location) opens Kindzicht and
// each workspace, over 100 locations and 100,000 children (override with KINDZICHT_BENCH_CHILDREN /
// KINDZICHT_BENCH_OBSERVATIONS). The database is generated once into KINDZICHT_BENCH_DB (default:
// kindzicht-workspaces-bench.db in the working folder) and reused. Runs offscreen.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "services/Authenticator.h"
#include "settings/Settings.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildOverviewQuery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace kz;

namespace {

std::unique_ptr<Database> database;
std::unique_ptr<QTemporaryDir> settingsDir;
std::unique_ptr<Settings> settings;
std::unique_ptr<LanguageManager> languages;
Actor director;

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The organisation's `directie` account when the database has one; otherwise manager1 becomes a
// manager of every location.
Actor loginDirector()
{
    const QString password = QString::fromLatin1(DemoDatabase::password);
    SqlQuery exists(*database, QStringLiteral("SELECT 1 FROM users WHERE username = 'directie'"));
    if (exists.scalar())
        return Authenticator::login(*database, QStringLiteral("directie"), password);
    SqlQuery::run(*database,
                  QStringLiteral("INSERT OR IGNORE INTO user_locations (user_id, location_id) SELECT u.id, "
                                 "l.id FROM users u, locations l WHERE u.username = 'manager1'"));
    return Authenticator::login(*database, QStringLiteral("manager1"), password);
}

void prepare()
{
    const QString path = qEnvironmentVariableIsSet("KINDZICHT_BENCH_DB")
                             ? qEnvironmentVariable("KINDZICHT_BENCH_DB")
                             : QStringLiteral("kindzicht-workspaces-bench.db");
    const bool fresh = !QFileInfo::exists(path);
    database = std::make_unique<Database>(Database::open(path));
    if (fresh) {
        SyntheticSize size;
        size.locations = 100;
        size.children = envNumber("KINDZICHT_BENCH_CHILDREN", 100'000);
        size.observations = envNumber("KINDZICHT_BENCH_OBSERVATIONS", 1'000'000);
        std::fprintf(stderr, "generating %d children and %d observations into %s ...\n", size.children,
                     size.observations, qPrintable(path));
        SyntheticOrganisation::generate(*database, size);
    }
    director = loginDirector();
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
