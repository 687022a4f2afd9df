// The sociale kaart at the scale of a whole region: a CSV of 10,000 partners (Dutch Excel style,
// with contacts and quoted descriptions) imported into the demo database, and the workspace's
// search and filters over all of them.
#include "Clock.h"
#include "db/Database.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"
#include "services/PartnerFinder.h"
#include "services/PartnerImport.h"
#include "store/PartnerStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

using namespace kz;

namespace {

constexpr int partnerCount = 10'000;

QByteArray regionCsv()
{
    const QStringList categories{QStringLiteral("Logopedie"),       QStringLiteral("Taal en lezen"),
                                 QStringLiteral("Jeugd en gezin"),  QStringLiteral("Welzijn en armoede"),
                                 QStringLiteral("Cultuur en spel"), QStringLiteral("Vroeghulp")};
    const QStringList areas{QStringLiteral("Mariahoeve & Marlot"), QStringLiteral("Bezuidenhout"),
                            QStringLiteral("Benoordenhout"), QStringLiteral("Duinoord"),
                            QStringLiteral("Vogelwijk")};
    QString csv =
        QStringLiteral("naam;categorie;wijk;adres;postcode;plaats;telefoon;e-mail;leeftijd van;leeftijd tot;"
                       "doelgroep;talen;contactpersoon;omschrijving\r\n");
    for (int i = 0; i < partnerCount; ++i) {
        // Some known wijken, and many the database does not know yet (added by the import).
        const QString area = i % 2 == 0 ? areas.at(i % areas.size()) : QStringLiteral("Wijk %1").arg(i % 97);
        csv += QStringLiteral(
                   "Partner %1;%2;%3;Laan %4;%5 AB;Den Haag;070 %6;info%1@partner.example;%7;%8;"
                   "kinderen, ouders;Nederlands%9;\"Naam %1 | coördinator\";\"Hulp bij taal en spel,\r\n"
                   "ook thuis; wijk %3\"\r\n")
                   .arg(i)
                   .arg(categories.at(i % categories.size()), area)
                   .arg(i % 300 + 1)
                   .arg(1000 + i % 8999)
                   .arg(3000000 + i)
                   .arg(i % 3)
                   .arg(4 + i % 10)
                   .arg(i % 5 == 0 ? QStringLiteral(", Turks") : QString());
    }
    return csv.toUtf8();
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Actor manager;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("bench.db"));
        DemoDatabase::create(path);
        db = std::make_unique<Database>(Database::open(path));
        manager =
            Authenticator::login(*db, QStringLiteral("saskia"), QString::fromLatin1(DemoDatabase::password));
    }
};

// What the user waits for: reading and checking the file (the preview) and writing it.
void importTenThousand(benchmark::State& state)
{
    const QByteArray csv = regionCsv();
    for (auto _ : state) {
        state.PauseTiming();
        auto fixture = std::make_unique<Fixture>();
        state.ResumeTiming();
        const ImportPreview preview =
            PartnerImport::preview(*fixture->db, fixture->manager, csv, QStringLiteral("regio.csv"));
        PartnerImport::apply(*fixture->db, fixture->manager, preview);
        state.PauseTiming();
        if (preview.count(ImportRow::Action::Add) != partnerCount)
            state.SkipWithError("not every partner was added");
        fixture.reset();
        state.ResumeTiming();
    }
    state.counters["partners"] = partnerCount;
}
BENCHMARK(importTenThousand)->Unit(benchmark::kMillisecond)->Iterations(5);

void previewOnly(benchmark::State& state)
{
    const QByteArray csv = regionCsv();
    const Fixture fixture;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            PartnerImport::preview(*fixture.db, fixture.manager, csv, QStringLiteral("regio.csv")));
}
BENCHMARK(previewOnly)->Unit(benchmark::kMillisecond)->Iterations(5);

// The workspace over a full region: loading and indexing, then one keystroke or filter change.
struct Region
{
    Fixture fixture;
    PartnerFinder finder;

    Region()
    {
        PartnerImport::apply(
            *fixture.db, fixture.manager,
            PartnerImport::preview(*fixture.db, fixture.manager, regionCsv(), QStringLiteral("r.csv")));
    }
    static Region& instance()
    {
        static Region region;
        return region;
    }
};

void loadAndIndex(benchmark::State& state)
{
    Region& region = Region::instance();
    const PartnerStore store(*region.fixture.db);
    for (auto _ : state) {
        PartnerFinder finder(store.areas(), Clock::today());
        finder.setPartners(store.list(region.fixture.manager));
        benchmark::DoNotOptimize(finder.partners().size());
    }
}
BENCHMARK(loadAndIndex)->Unit(benchmark::kMillisecond);

void searchAndFilter(benchmark::State& state, PartnerFilter filter)
{
    Region& region = Region::instance();
    const PartnerStore store(*region.fixture.db);
    PartnerFinder finder(store.areas(), Clock::today());
    finder.setPartners(store.list(region.fixture.manager));
    qsizetype found = 0;
    for (auto _ : state) {
        found = finder.find(filter).size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["found"] = static_cast<double>(found);
}

PartnerFilter textFilter()
{
    PartnerFilter f;
    f.text = QStringLiteral("coordinator thuis");
    return f;
}

PartnerFilter combinedFilter()
{
    PartnerFilter f;
    f.text = QStringLiteral("taal");
    f.area = QStringLiteral("Haagse Hout");
    f.age = 3;
    f.audience = QStringLiteral("parents");
    f.language = QStringLiteral("Turks");
    return f;
}

BENCHMARK_CAPTURE(searchAndFilter, two_words, textFilter())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(searchAndFilter, text_area_age_audience_language, combinedFilter())
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
