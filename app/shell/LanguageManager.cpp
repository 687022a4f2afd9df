#include "LanguageManager.h"

#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QLocale>

namespace kz {

LanguageManager::LanguageManager(Settings& settings, QObject* parent) : QObject(parent), m_settings(settings)
{}

QString LanguageManager::languageForLocale(const QLocale& locale)
{
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
}

QString LanguageManager::initialLanguage() const
{
    const QString stored = m_settings.language();
    if (stored == QLatin1String("nl") || stored == QLatin1String("en"))
        return stored;
    return languageForLocale(QLocale::system());
}

void LanguageManager::setLanguage(const QString& language)
{
    const QString chosen = installTranslations(language);
    m_language = chosen;
    m_settings.setValue(Settings::Key::Language, chosen);
    emit languageChanged(chosen);
}

} // namespace kz
