#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

// Qt's SQL plugins need an application object; test mode keeps QStandardPaths away from real data.
int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kindzicht-core-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
