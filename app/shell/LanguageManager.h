#pragma once

#include <QObject>
#include <QString>

namespace kz {

class Settings;

// Switches the interface between Dutch and English at runtime: Kindzicht's own strings, Qt's
// ("Annuleren"), and the default locale for dates and numbers. The choice is remembered.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(Settings& settings, QObject* parent = nullptr);

    // The remembered language; on first start the system's when it is Dutch or English, else Dutch.
    QString initialLanguage() const;
    static QString languageForLocale(const QLocale& locale);

    // Installs the translators for "nl" or "en" and remembers the choice.
    void setLanguage(const QString& language);
    const QString& language() const { return m_language; }

signals:
    void languageChanged(const QString& language);

private:
    Settings& m_settings;
    QString m_language;
};

} // namespace kz
