#include "settings/Settings.h"

#include "../QtPrinters.h"

#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace kz;

namespace {

const QList<Settings::Key> allKeys = {Settings::Key::Language,        Settings::Key::DatabasePath,
                                      Settings::Key::LastUser,        Settings::Key::MainWindowGeometry,
                                      Settings::Key::MainWindowState, Settings::Key::AutoLockMinutes};

} // namespace

TEST(SettingsTest, EveryKeyHasItsOwnNameAndADefault)
{
    QSet<QString> names;
    for (Settings::Key key : allKeys) {
        const QString name = Settings::keyName(key);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_FALSE(names.contains(name)) << name.toStdString();
        names.insert(name);
        EXPECT_TRUE(Settings::defaultValue(key).isValid());
    }
    EXPECT_EQ(Settings::defaultValue(Settings::Key::AutoLockMinutes).toInt(), 5);
}

TEST(SettingsTest, ATemporaryInstanceKeepsValuesAndFallsBackToDefaults)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kindzicht.ini"));
    {
        Settings settings(file);
        EXPECT_TRUE(settings.language().isEmpty());
        settings.setValue(Settings::Key::Language, QStringLiteral("en"));
        settings.setValue(Settings::Key::AutoLockMinutes, 10);
    }
    Settings settings(file);
    EXPECT_EQ(settings.language(), QStringLiteral("en"));
    EXPECT_EQ(settings.value(Settings::Key::AutoLockMinutes).toInt(), 10);
    settings.reset(Settings::Key::AutoLockMinutes);
    EXPECT_EQ(settings.value(Settings::Key::AutoLockMinutes).toInt(), 5);
}
