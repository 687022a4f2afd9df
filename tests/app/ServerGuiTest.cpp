#include "AppFixture.h"
#include "ThrowawayPostgres.h"
#include "children/ChildrenView.h"
#include "db/DatabaseAddress.h"
#include "demo/DemoDatabase.h"
#include "groupneeds/GroupNeedsView.h"
#include "services/Authenticator.h"
#include "shell/DatabaseChooser.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/ServerConnectDialog.h"
#include "shell/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace kz;

// The desktop application on the organisation's server: the connect dialog, and every demo
// account working in the main window on the same data as on a file.
class ServerGuiTest : public AppFixture
{
};

TEST_F(ServerGuiTest, TheFormBuildsTheAddressThatIsRememberedWithoutAPassword)
{
    useLanguage(QStringLiteral("en"));
    ServerConnectDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.hostEdit()->hasFocus());
    EXPECT_EQ(dialog.securityChoice()->currentData().toString(), QStringLiteral("verify-full"));

    dialog.userEdit()->setText(QStringLiteral("anna"));
    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.nl"));
    dialog.portEdit()->setValue(5433);
    EXPECT_EQ(dialog.addressPreview(),
              QStringLiteral("postgresql://anna@db.example.nl:5433/kindzicht?sslmode=verify-full"));
    dialog.passwordEdit()->setText(QStringLiteral("geheim-wachtwoord"));
    EXPECT_FALSE(dialog.addressPreview().contains(QStringLiteral("geheim")));
    screenshot(&dialog, QStringLiteral("server-connect-en"));

    // Nothing to connect to: the dialog stays open and says what is missing.
    dialog.hostEdit()->clear();
    QTest::keyClick(dialog.hostEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Enter the server's name or address."));
    EXPECT_FALSE(dialog.takeDatabase().has_value());

    // A socket folder needs no encryption setting: it never leaves this computer.
    dialog.hostEdit()->setText(QStringLiteral("/var/run/postgresql"));
    EXPECT_FALSE(dialog.securityChoice()->isEnabled());
    EXPECT_EQ(dialog.addressPreview(),
              QStringLiteral("postgresql://anna@localhost:5433/kindzicht?host=/var/run/postgresql"));
}

TEST_F(ServerGuiTest, AServerThatDoesNotAnswerKeepsTheDialogOpenWithTheReason)
{
    useLanguage(QStringLiteral("en"));
    const QTemporaryDir nowhere; // a socket folder where no server listens
    ServerConnectDialog dialog;
    dialog.hostEdit()->setText(nowhere.path());
    dialog.userEdit()->setText(QStringLiteral("anna"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("could not be reached")));
    EXPECT_FALSE(dialog.takeDatabase().has_value());
}

TEST_F(ServerGuiTest, TheFormReadsWellInDutchAndEnglish)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        ServerConnectDialog dialog;
        dialog.hostEdit()->setText(QStringLiteral("kindzicht.kinderopvang-zonnebloem.nl"));
        dialog.userEdit()->setText(QStringLiteral("saskia"));
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        // Every line of the form shows whole: nothing cut off on the right.
        const QList<QWidget*> fields = {dialog.hostEdit(), dialog.databaseEdit(), dialog.userEdit(),
                                        dialog.securityChoice()};
        for (const QWidget* field : fields)
            EXPECT_LE(field->geometry().right(), dialog.width()) << language.toStdString();
        EXPECT_GE(dialog.securityChoice()->width(), dialog.securityChoice()->sizeHint().width())
            << language.toStdString() << ": the security choice is cut off";
        screenshot(&dialog, QStringLiteral("server-connect-%1").arg(language));
    }
}

TEST_F(ServerGuiTest, AServerThatCannotBeReachedOffersTryAgainAnotherServerOrAFile)
{
    const QTemporaryDir nowhere; // a socket folder where no server listens
    const QString address = QStringLiteral("postgresql://anna@/kindzicht?host=%1").arg(nowhere.path());
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        DatabaseChooser chooser(*m_settings);
        QStringList buttons;
        whenModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            ASSERT_NE(box, nullptr) << modal->metaObject()->className();
            for (QAbstractButton* button : box->buttons())
                buttons.append(button->text());
            screenshot(box, QStringLiteral("server-unreachable-%1").arg(language));
            box->button(QMessageBox::Cancel)->click();
        });
        EXPECT_FALSE(chooser.open(address).has_value());
        EXPECT_EQ(buttons.size(), 5) << buttons.join(QStringLiteral(" | ")).toStdString(); // details too
        if (language == QLatin1String("en")) {
            EXPECT_TRUE(buttons.contains(QStringLiteral("&Try again")));
            EXPECT_TRUE(buttons.contains(QStringLiteral("&Change the server...")));
            EXPECT_TRUE(buttons.contains(QStringLiteral("Use a &file on this computer")));
        }
    }
}

TEST_F(ServerGuiTest, EveryDemoAccountWorksOnTheServerInDutchAndEnglish)
{
    KZ_REQUIRE_POSTGRES(socket);
    const test::ScratchPostgresDatabase scratch(*socket);
    ASSERT_TRUE(scratch.created());
    DemoDatabase::create(
        DatabaseAddress::server(QStringLiteral("postgres"), *socket, 5432, scratch.name(), {}).toString());

    ServerConnectDialog dialog;
    dialog.hostEdit()->setText(*socket);
    dialog.databaseEdit()->setText(scratch.name());
    dialog.userEdit()->setText(QStringLiteral("postgres"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(dialog.errorText());
    EXPECT_TRUE(dialog.addressText().startsWith(QStringLiteral("postgresql://postgres@")));
    std::optional<Database> db = dialog.takeDatabase();
    ASSERT_TRUE(db.has_value());
    EXPECT_TRUE(db->isServer());
    EXPECT_TRUE(DemoDatabase::isDemo(*db));

    LoginDialog login(*db, QStringLiteral("saskia"), true);
    login.passwordEdit()->setText(QString::fromLatin1(DemoDatabase::password));
    login.accept();
    ASSERT_TRUE(login.actor().has_value()) << qPrintable(login.errorText());

    // Each person on her own login, as on the organisation's computers: the server's row-level
    // security decides what every workspace reads.
    const QStringList accounts = {QStringLiteral("fatima"), QStringLiteral("anouk"), QStringLiteral("lotte"),
                                  QStringLiteral("saskia"), QStringLiteral("joost"), QStringLiteral("beheer"),
                                  QStringLiteral("marco")};
    for (const QString& account : accounts)
        test::grantEverydayLogin(*db, account);
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        for (const QString& account : accounts) {
            const Database own = Database::open(
                DatabaseAddress::server(account, *socket, 5432, scratch.name(), {}).toString());
            const Session session{
                own, Authenticator::login(own, account, QString::fromLatin1(DemoDatabase::password))};
            MainWindow window(session, *m_languages, *m_settings);
            // An error on opening a workspace would wait in a message box: note it and close it.
            QStringList errors;
            QTimer watch;
            QObject::connect(&watch, &QTimer::timeout, &window, [&errors] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                    errors.append(box->text());
                    box->reject();
                }
            });
            watch.start(50);
            window.resize(1280, 720);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            if (account == QLatin1String("fatima")) {
                EXPECT_EQ(window.childrenView()->visibleRows(), 20); // as on the file
            }
            if (account == QLatin1String("saskia")) {
                window.showWorkspace(MainWindow::GroupNeeds);
                QCoreApplication::processEvents();
            }
            if (account == QLatin1String("beheer")) {
                EXPECT_EQ(window.childrenView()->visibleRows(), 0); // an administrator sees no child
                window.showOrganisation();
            }
            if (account == QLatin1String("joost") || account == QLatin1String("marco"))
                window.showWorkspace(MainWindow::Handover);
            screenshot(&window, QStringLiteral("server-%1-%2").arg(account, language));
            EXPECT_TRUE(errors.isEmpty()) << account.toStdString() << ": " << errors.join(u' ').toStdString();
        }
    }
}
