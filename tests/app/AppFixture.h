#pragma once

#include "db/Database.h"
#include "domain/User.h"
#include "settings/Settings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

#include "../QtPrinters.h"

// A demo database and a settings file of the test's own.
class AppFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    QString demoPath() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    kz::Actor login(const QString& username) const;
    // Saves a PNG of `widget` into $KINDZICHT_SCREENSHOTS when that is set (for looking at windows).
    static void screenshot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<kz::Database> m_db;
    std::unique_ptr<kz::Settings> m_settings;
};
