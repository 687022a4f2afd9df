#include "AppFixture.h"
#include "Error.h"
#include "admin/AccountDialog.h"
#include "admin/GroupDialog.h"
#include "admin/LocationDialog.h"
#include "admin/SetupWizard.h"
#include "children/ChildDialog.h"
#include "children/ChildImportDialog.h"
#include "children/DossierView.h"
#include "children/LeaveChildDialog.h"
#include "children/MoveChildDialog.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "children/ReferralDialog.h"
#include "db/Database.h"
#include "handover/HandoverWizard.h"
#include "handover/ReceiptDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/Mnemonics.h"
#include "shell/PasswordDialog.h"
#include "shell/ServerConnectDialog.h"
#include "shell/Session.h"
#include "socialmap/PartnerDialog.h"
#include "socialmap/PartnerListModel.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"
#include "store/SupportNeedStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QWizard>
#include <memory>

using namespace kz;

// Alt+letter reaches one thing in every window and dialog, in Dutch and in English.
class MnemonicClashTest : public AppFixture
{
protected:
    static void expectNoClashes(QDialog* dialog, const QString& what)
    {
        dialog->show();
        QCoreApplication::processEvents();
        // A wizard shows one page at a time: every page.
        auto* wizard = qobject_cast<QWizard*>(dialog);
        for (int page = 0; page < 12; ++page) {
            const QStringList clashes = Mnemonics::clashes(dialog);
            EXPECT_TRUE(clashes.isEmpty()) << what.toStdString() << " page " << page << ": "
                                           << clashes.join(QStringLiteral("; ")).toStdString();
            if (!wizard || !wizard->button(QWizard::NextButton)->isVisible() ||
                !wizard->button(QWizard::NextButton)->isEnabled())
                break;
            wizard->next();
            QCoreApplication::processEvents();
        }
        dialog->hide();
    }
};

TEST_F(MnemonicClashTest, NoWindowOrDialogGivesOneLetterTwice)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        const Session manager{*m_db, login(QStringLiteral("saskia"))};
        const Session admin{*m_db, login(QStringLiteral("beheer"))};
        MainWindow window(manager, *m_languages,
                          *m_settings); // its dialogs resolve their letters as they show
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const auto tag = [&](const char* name) {
            return QString::fromLatin1(name) + QLatin1Char(' ') + language;
        };

        const QList<ChildSummary> children = ChildStore(*m_db).list(manager.actor);
        qint64 child = children.constFirst().child.id;
        SupportNeed need;
        for (const ChildSummary& s : children)
            for (const SupportNeed& n : SupportNeedStore(*m_db).forChild(manager.actor, s.child.id))
                if (n.status != NeedStatus::Closed && need.id == 0) {
                    need = n;
                    child = s.child.id;
                }
        ASSERT_GT(need.id, 0);

        ObservationDialog observation(manager, child, &window);
        expectNoClashes(&observation, tag("observation"));
        for (const auto step : {NeedStepDialog::Step::Create, NeedStepDialog::Step::Status,
                                NeedStepDialog::Step::ParentsInformed, NeedStepDialog::Step::ReviewDate,
                                NeedStepDialog::Step::Level, NeedStepDialog::Step::Close}) {
            NeedStepDialog dialog(manager, step, need, &window);
            expectNoClashes(&dialog, tag("need step ") + dialog.windowTitle());
        }
        ReferralDialog referral(manager, need, &window);
        expectNoClashes(&referral, tag("referral"));
        ChildDialog childDialog(manager, child, &window);
        expectNoClashes(&childDialog, tag("child details"));
        ChildDialog enrol(manager, 0, &window);
        expectNoClashes(&enrol, tag("enrol"));
        MoveChildDialog move(manager, child, &window);
        expectNoClashes(&move, tag("move"));
        LeaveChildDialog leave(manager, child, &window);
        expectNoClashes(&leave, tag("leave"));
        ChildImportDialog import(manager, &window);
        expectNoClashes(&import, tag("children import"));
        try {
            HandoverWizard handover(manager, child, 0, &window);
            expectNoClashes(&handover, tag("handover wizard"));
        } catch (const Error& e) {
            ADD_FAILURE() << e.userMessage().toStdString();
        }
        ReceiptDialog receipt(QStringLiteral("Overdracht"), QDate(2026, 1, 5), &window);
        expectNoClashes(&receipt, tag("receipt"));
        PartnerListModel partners(manager);
        PartnerDialog partner(manager, partners.categories(), partners.areas(), Partner{}, &window);
        expectNoClashes(&partner, tag("partner"));
        std::unique_ptr<PasswordDialog> password(PasswordDialog::forChange(manager, &window));
        expectNoClashes(password.get(), tag("password"));
        LoginDialog loginDialog(*m_db, QStringLiteral("saskia"), true, &window);
        expectNoClashes(&loginDialog, tag("login"));
        ServerConnectDialog server(&window); // from the File menu
        expectNoClashes(&server, tag("server connect"));

        AccountDialog account(admin, &window);
        expectNoClashes(&account, tag("account"));
        const Group group = OrganisationStore(*m_db).groups(admin.actor).constFirst();
        GroupDialog groupDialog(admin, group, &window);
        expectNoClashes(&groupDialog, tag("group"));
        LocationDialog location(admin, OrganisationStore(*m_db).locations(admin.actor).constFirst(), &window);
        expectNoClashes(&location, tag("location"));
        const Database empty = Database::open(m_dir.filePath(QStringLiteral("empty-%1.db").arg(language)));
        SetupWizard setup(empty, &window);
        expectNoClashes(&setup, tag("setup wizard"));
    }
    useLanguage(QStringLiteral("nl"));
}

// The check finds what the Dutch dossier had ("S&tatus..." under the "&Taal" menu), and the window
// moves the later text to a free letter, the word's first where it can.
TEST(MnemonicsTest, AClashIsFoundAndTheLaterTextMovesToAFreeLetter)
{
    QWidget window;
    auto* language = new QPushButton(QStringLiteral("&Taal"), &window);
    auto* status = new QPushButton(QStringLiteral("S&tatus..."), &window);
    auto* back = new QPushButton(QStringLiteral("← &Terug"), &window);
    auto* hidden = new QPushButton(QStringLiteral("&Tijdelijk"), &window);
    hidden->hide();
    EXPECT_EQ(Mnemonics::clashes(&window).size(), 1);
    Mnemonics::resolve(&window);
    EXPECT_TRUE(Mnemonics::clashes(&window).isEmpty())
        << Mnemonics::clashes(&window).join(u';').toStdString();
    EXPECT_EQ(language->text(), QStringLiteral("&Taal"));
    EXPECT_EQ(status->text(), QStringLiteral("&Status..."));
    EXPECT_EQ(back->text(), QStringLiteral("← T&erug"));
    EXPECT_EQ(hidden->text(), QStringLiteral("&Tijdelijk")); // not shown: no clash
    EXPECT_EQ(Mnemonics::takenLetters(&window), QStringLiteral("tse"));
}

// Resolving clashes must not leave a button without a letter: in the dossier, where the most
// buttons share one window with the menu bar, each one is reached by Alt+letter in both languages.
TEST_F(MnemonicClashTest, EveryButtonOfTheDossierKeepsALetter)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        const Session manager{*m_db, login(QStringLiteral("saskia"))};
        MainWindow window(manager, *m_languages, *m_settings);
        window.resize(1280, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.openDossier(ChildStore(*m_db).list(manager.actor).constFirst().child.id);
        QCoreApplication::processEvents();
        EXPECT_TRUE(Mnemonics::clashes(&window).isEmpty())
            << language.toStdString() << ": " << Mnemonics::clashes(&window).join(u';').toStdString();
        QStringList without;
        for (QAbstractButton* button : window.dossierView()->findChildren<QAbstractButton*>())
            if (button != window.dossierView()->printButton() && // Ctrl+P, like printing everywhere
                button->isVisibleTo(&window) && !button->text().isEmpty() &&
                QKeySequence::mnemonic(button->text()).isEmpty())
                without.append(button->text());
        EXPECT_TRUE(without.isEmpty())
            << language.toStdString() << ": " << without.join(QStringLiteral(" | ")).toStdString();
    }
    useLanguage(QStringLiteral("nl"));
}

// The server form also shows before any main window exists (the first start, a server that asks for
// a password), where nothing moves letters: as translated, every field and button has its own.
TEST_F(MnemonicClashTest, EveryFieldAndButtonOfTheServerFormHasALetterOfItsOwn)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        ServerConnectDialog dialog;
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_TRUE(Mnemonics::clashes(&dialog).isEmpty())
            << language.toStdString() << ": " << Mnemonics::clashes(&dialog).join(u';').toStdString();
        QStringList without;
        int fields = 0;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->buddy() || !(label->buddy()->focusPolicy() & Qt::TabFocus)) // the address shown
                continue;
            ++fields;
            if (QKeySequence::mnemonic(label->text()).isEmpty())
                without.append(label->text());
        }
        EXPECT_EQ(fields, 6); // server, port, database, user name, security, password
        const QAbstractButton* cancel =
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel); // Escape
        for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
            if (button != cancel && button->isVisibleTo(&dialog) &&
                QKeySequence::mnemonic(button->text()).isEmpty())
                without.append(button->text());
        EXPECT_TRUE(without.isEmpty())
            << language.toStdString() << ": " << without.join(QStringLiteral(" | ")).toStdString();
    }
    useLanguage(QStringLiteral("nl"));
}
