#include "LanguageManager.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace kz {

LanguageManager::LanguageManager(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
}

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
    const QString chosen = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_appTranslator.load(QStringLiteral(":/i18n/kindzicht_") + chosen))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QLocale::setDefault(chosen == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_language = chosen;
    m_settings.setValue(Settings::Key::Language, chosen);
    emit languageChanged(chosen);
}

} // namespace kz
