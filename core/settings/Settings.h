#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

namespace kz {

// Typed access to the user's preferences on this computer. Every key with its default lives in
// one table (Settings.cpp); tests use a temporary instance backed by a file of their own.
class Settings
{
public:
    enum class Key
    {
        Language,     // "nl" or "en"; empty until chosen (then the system language decides)
        DatabasePath, // empty: the default file in the application data folder
        LastUser,     // user name pre-filled at login
        MainWindowGeometry,
        MainWindowState,
        AutoLockMinutes,
    };

    Settings();                                // the application's settings
    explicit Settings(const QString& iniFile); // a separate file, for tests and portable use

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    QString language() const { return value(Key::Language).toString(); }
    QString databasePath() const { return value(Key::DatabasePath).toString(); }

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kz
