#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// The GUI tests run under the program's guarded application; the command-line tests link no GUI.
#ifdef KINDZICHT_GUI_TESTS
#include "groupneeds/GroupNeedsLoader.h"
#include "shell/GuardedApplication.h"
using TestApplication = kz::GuardedApplication; // as the program: no exception crosses the event loop
#else
using TestApplication = QApplication;
#endif

// gtest_discover_tests runs this binary at build time without the test environment, so the
// offscreen platform is chosen here, before the QApplication exists.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtimeDir;
    QFile::setPermissions(runtimeDir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kindzicht-app-tests"));
#ifdef KINDZICHT_GUI_TESTS
    // A test reads what a view shows right after loading it: figures counted in the background
    // are waited for (GroupNeedsViewTest lets them arrive later on purpose).
    kz::GroupNeedsLoader::setWaitBudget(std::chrono::minutes(10));
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
