#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kz {

QString installTranslations(const QString& language)
{
    // Owned here for the life of the application; replaced on every switch.
    static QTranslator appTranslator;
    static QTranslator qtTranslator;
    const QString chosen = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    QCoreApplication::removeTranslator(&appTranslator);
    QCoreApplication::removeTranslator(&qtTranslator);
    if (appTranslator.load(QStringLiteral(":/i18n/kindzicht_") + chosen))
        QCoreApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(QStringLiteral("qtbase_") + chosen,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QLocale::setDefault(chosen == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return chosen;
}

} // namespace kz
