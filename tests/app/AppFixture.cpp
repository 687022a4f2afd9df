#include "AppFixture.h"

#include "DemoCopy.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QTimer>
#include <QWidget>

using namespace kz;

void AppFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    kz::test::copyDemo(demoPath());
    m_db = std::make_unique<Database>(Database::open(demoPath()));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_languages = std::make_unique<LanguageManager>(*m_settings);
    useLanguage(qEnvironmentVariable("KINDZICHT_TEST_LANGUAGE", QStringLiteral("nl")));
}

void AppFixture::useLanguage(const QString& language)
{
    m_languages->setLanguage(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

Actor AppFixture::login(const QString& username) const
{
    return Authenticator::login(*m_db, username, QString::fromLatin1(DemoDatabase::password));
}

void AppFixture::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDZICHT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void AppFixture::whenModal(std::function<void(QWidget*)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)]() mutable {
        QWidget* modal = nullptr;
        for (int i = 0; i < 200 && !modal; ++i) {
            QCoreApplication::processEvents();
            modal = QApplication::activeModalWidget();
        }
        ASSERT_NE(modal, nullptr) << "no modal dialog appeared";
        answer(modal);
    });
}
