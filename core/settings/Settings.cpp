#include "Settings.h"

#include <array>

namespace kz {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::array<KeyInfo, 6>& keyTable()
{
    static const std::array<KeyInfo, 6> table{{
        {Settings::Key::Language, "gui/language", QString()},
        {Settings::Key::DatabasePath, "storage/databasePath", QString()},
        {Settings::Key::LastUser, "gui/lastUser", QString()},
        {Settings::Key::MainWindowGeometry, "gui/mainWindowGeometry", QByteArray()},
        {Settings::Key::MainWindowState, "gui/mainWindowState", QByteArray()},
        {Settings::Key::AutoLockMinutes, "security/autoLockMinutes", 5},
    }};
    return table;
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& entry : keyTable())
        if (entry.key == key)
            return entry;
    return keyTable().front(); // unreachable: every Key has a row (checked by a test)
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
    m_settings->sync();
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
    m_settings->sync();
}

} // namespace kz
