#include <QCoreApplication>
#include <QStandardPaths>
#include <cstring>
#include <gtest/gtest.h>

// Qt's SQL plugins need an application object; test mode keeps QStandardPaths away from real data.
// `--engine=postgres` runs the fixture's tests on the run's PostgreSQL server (what CTest's `pg.`
// half passes: a discovered test takes one ENVIRONMENT entry, and LC_ALL is that one).
int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--engine=postgres") == 0)
            qputenv("KINDZICHT_TEST_ENGINE", "postgres");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kindzicht-core-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
