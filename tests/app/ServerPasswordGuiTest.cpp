#include "AppFixture.h"
#include "Error.h"
#include "ThrowawayPostgres.h"
#include "db/DatabaseAddress.h"
#include "services/ServerSetup.h"
#include "shell/DatabaseChooser.h"
#include "shell/LoginDialog.h"
#include "shell/ServerConnectDialog.h"

#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTest>

using namespace kz;

// A server that wants the password of its login (scram-sha-256 on the run's server): the desktop
// application asks for it in the connect form, says so when it is wrong, opens the database when
// it is right, and keeps it in no settings file and no remembered address.
class ServerPasswordGuiTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        if (HasFatalFailure())
            return;
        KZ_REQUIRE_POSTGRES(socket);
        m_socket = *socket;
        m_scratch = std::make_unique<test::ScratchPostgresDatabase>(m_socket);
        ASSERT_TRUE(m_scratch->created());
        m_login = QStringLiteral("wachtwoord%1").arg(QRandomGenerator::global()->bounded(1000000));
        try {
            ServerSetup::init(address(QStringLiteral("postgres")), m_login,
                              QString::fromLatin1(accountPassword));
        } catch (const Error& e) {
            FAIL() << qPrintable(e.userMessage()) << "\n" << qPrintable(e.detail());
        }
        ASSERT_EQ(test::requirePassword(m_socket, m_login, QString::fromLatin1(serverPassword)), QString());
    }

    QString address(const QString& login) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(login, m_scratch->name(), m_socket);
    }

    QString sessionsOfLogin() const
    {
        const test::PostgresConnection admin(m_socket, QStringLiteral("postgres"));
        return admin.scalar(
            QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = '%1'").arg(m_login));
    }

    QByteArray settingsFile() const
    {
        QFile ini(m_dir.filePath(QStringLiteral("settings.ini")));
        return ini.open(QIODevice::ReadOnly) ? ini.readAll() : QByteArray();
    }

    // The login's password on the server, and her Kindzicht account's: two different things.
    static constexpr const char* serverPassword = "Zon-Op-Het-Dak-7";
    static constexpr const char* accountPassword = "Vlinder-2024-Wolk";
    static constexpr const char* wrongPassword = "Zon-Op-Het-Dak-8";
    QString m_socket;
    std::unique_ptr<test::ScratchPostgresDatabase> m_scratch;
    QString m_login;
};

TEST_F(ServerPasswordGuiTest, TheFormAsksForThePasswordRefusesAWrongOneAndOpensWithTheRightOne)
{
    useLanguage(QStringLiteral("en"));
    DatabaseChooser chooser(*m_settings);
    bool asked = false;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ServerConnectDialog*>(modal);
        ASSERT_NE(dialog, nullptr) << "no connect form but " << modal->metaObject()->className();
        asked = true;
        EXPECT_EQ(dialog->errorText(),
                  QStringLiteral("The server asks for the password of %1.").arg(m_login));
        EXPECT_EQ(dialog->userEdit()->text(), m_login);
        EXPECT_EQ(dialog->databaseEdit()->text(), m_scratch->name());
        EXPECT_EQ(QApplication::focusWidget(), dialog->passwordEdit());
        screenshot(dialog, QStringLiteral("server-password-en"));

        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        QTest::keyClicks(dialog->passwordEdit(), QString::fromLatin1(wrongPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->errorText(), QStringLiteral("The server refused the password of %1.").arg(m_login));
        EXPECT_TRUE(dialog->passwordEdit()->text().isEmpty());
        EXPECT_EQ(QSqlDatabase::connectionNames(), connectionsBefore);
        EXPECT_EQ(sessionsOfLogin(), QStringLiteral("0"));
        EXPECT_EQ(m_settings->databasePath(), QString());
        screenshot(dialog, QStringLiteral("server-password-refused-en"));

        QTest::keyClicks(dialog->passwordEdit(), QString::fromLatin1(serverPassword));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        EXPECT_FALSE(dialog->isVisible()) << qPrintable(dialog->errorText());
        if (dialog->isVisible())
            dialog->reject();
    });
    std::optional<Database> db = chooser.open(address(m_login));
    EXPECT_TRUE(asked);
    ASSERT_TRUE(db.has_value());
    EXPECT_TRUE(db->isServer());
    EXPECT_EQ(sessionsOfLogin(), QStringLiteral("1"));

    // Her Kindzicht account opens the session on the server.
    LoginDialog login(*db, m_login, true);
    login.passwordEdit()->setText(QString::fromLatin1(accountPassword));
    login.accept();
    ASSERT_TRUE(login.actor().has_value()) << qPrintable(login.errorText());

    // The address is remembered for the next start, no password with it.
    EXPECT_EQ(DatabaseAddress::parse(m_settings->databasePath()).toString(),
              DatabaseAddress::parse(address(m_login)).toString());
    const QByteArray written = settingsFile();
    EXPECT_TRUE(written.contains(m_login.toUtf8()));
    for (const char* secret : {serverPassword, wrongPassword, accountPassword})
        EXPECT_FALSE(written.contains(secret)) << secret;
}

TEST_F(ServerPasswordGuiTest, CancellingTheFormOpensNothingAndRemembersNothing)
{
    DatabaseChooser chooser(*m_settings);
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ServerConnectDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_FALSE(dialog->errorText().isEmpty()); // in Dutch, the server's question
        EXPECT_TRUE(dialog->errorText().contains(m_login));
        screenshot(dialog, QStringLiteral("server-password-nl"));
        QTest::keyClicks(dialog->passwordEdit(), QString::fromLatin1(serverPassword));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    EXPECT_FALSE(chooser.open(address(m_login)).has_value());
    EXPECT_EQ(sessionsOfLogin(), QStringLiteral("0"));
    EXPECT_EQ(m_settings->databasePath(), QString());
    EXPECT_FALSE(settingsFile().contains(serverPassword));
}
