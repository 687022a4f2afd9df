#pragma once

#include "../QtPrinters.h"
#include "db/Database.h"
#include "domain/User.h"
#include "settings/Settings.h"
#include "shell/LanguageManager.h"

#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

// A demo database, a settings file of the test's own, and the interface language.
class AppFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    QString demoPath() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    kz::Actor login(const QString& username) const;
    // Switches the interface language and delivers the (posted) LanguageChange events at once.
    void useLanguage(const QString& language);
    // Saves a PNG of `widget` into $KINDZICHT_SCREENSHOTS when that is set (for looking at windows).
    static void screenshot(QWidget* widget, const QString& name);
    // Answers the next modal dialog when it appears (a modal exec() blocks the test otherwise).
    static void whenModal(std::function<void(QWidget*)> answer);

    QTemporaryDir m_dir;
    std::unique_ptr<kz::Database> m_db;
    std::unique_ptr<kz::Settings> m_settings;
    // Dutch unless KINDZICHT_TEST_LANGUAGE says otherwise (for English screenshots).
    std::unique_ptr<kz::LanguageManager> m_languages;
};
