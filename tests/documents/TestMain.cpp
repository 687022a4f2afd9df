#include <QGuiApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

// QPdfWriter needs a QGuiApplication; the offscreen platform is chosen before it exists, since
// gtest_discover_tests runs this binary at build time without the test environment.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("kindzicht-documents-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
