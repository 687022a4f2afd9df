#include "handover/HandoverWizard.h"

#include "AppFixture.h"
#include "Clock.h"
#include "children/DossierView.h"
#include "db/SqlQuery.h"
#include "handover/HandoverConsentPage.h"
#include "handover/HandoverContentPage.h"
#include "handover/HandoverPreviewPage.h"
#include "handover/HandoverSchoolPage.h"
#include "handover/HandoverView.h"
#include "handover/ReceiptDialog.h"
#include "shell/Session.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace kz;

// The demo's children turning four at De Vlinderhof: consent given (with a draft), awaiting, denied.
class HandoverWizardTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        session = std::make_unique<Session>(Session{*m_db, login(QStringLiteral("saskia"))});
        SqlQuery q(*m_db, QStringLiteral("SELECT consent_state, child_id, school_id FROM handovers"));
        q.exec();
        while (q.next())
            byState.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        ASSERT_EQ(byState.size(), 3);
    }

    std::unique_ptr<Session> session;
    QHash<QString, QPair<qint64, qint64>> byState; // state -> (child, school)
};

TEST_F(HandoverWizardTest, EveryStepFromSchoolToPdfWithoutRestrictedText)
{
    const auto [child, school] = byState.value(QStringLiteral("given"));
    Observation secret;
    secret.childId = child;
    secret.observedAt = Clock::nowUtc().addDays(-1);
    secret.body = QStringLiteral("Moeder vertelde in vertrouwen over de schulden thuis.");
    secret.domainIds = {1};
    secret.restricted = true;
    ObservationStore(*m_db).create(session->actor, secret);

    HandoverWizard wizard(*session, child);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::SchoolPageId);
    auto* schoolPage = qobject_cast<HandoverSchoolPage*>(wizard.currentPage());
    // The school of the earlier handover is chosen already.
    EXPECT_EQ(schoolPage->schoolBox()->currentData().toLongLong(), school);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, QStringLiteral("handover-1-school"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::ConsentPageId);
    auto* consent = qobject_cast<HandoverConsentPage*>(wizard.currentPage());
    EXPECT_EQ(consent->state(), ConsentState::Given);
    EXPECT_FALSE(consent->givenByEdit()->text().isEmpty());
    screenshot(&wizard, QStringLiteral("handover-2-consent"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::ContentPageId);
    auto* content = qobject_cast<HandoverContentPage*>(wizard.currentPage());
    EXPECT_FALSE(content->strengthsEdit()->toPlainText().isEmpty());
    EXPECT_TRUE(wizard.button(QWizard::CustomButton1)->isVisible()); // save draft
    content->personalEdit()->setPlainText(QStringLiteral("Een nieuwsgierige peuter die graag bouwt."));
    screenshot(&wizard, QStringLiteral("handover-3-content"));
    // Each field as tall as its text: the page scrolls, not every field inside it.
    for (QPlainTextEdit* edit : content->findChildren<QPlainTextEdit*>()) {
        if (edit->isVisibleTo(&wizard) && edit->document()->lineCount() <= 12) {
            EXPECT_FALSE(edit->verticalScrollBar()->isVisibleTo(&wizard)) << edit->objectName().toStdString();
        }
    }
    const QSize defaultSize = wizard.size();
    wizard.resize(1280, 720);
    QCoreApplication::processEvents();
    screenshot(&wizard, QStringLiteral("handover-3-content-1280x720"));
    wizard.resize(defaultSize);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::PreviewPageId);
    auto* preview = qobject_cast<HandoverPreviewPage*>(wizard.currentPage());
    const QString html = preview->preview()->toPlainText();
    EXPECT_TRUE(html.contains(QStringLiteral("nieuwsgierige peuter")));
    EXPECT_FALSE(html.contains(QStringLiteral("schulden")));
    EXPECT_LT(html.indexOf(QStringLiteral("Wat goed gaat")), html.indexOf(QStringLiteral("Ontwikkeling")));
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled())
        << preview->verdict()->text().toStdString();
    screenshot(&wizard, QStringLiteral("handover-4-preview"));
    preview->languageBox()->setCurrentIndex(preview->languageBox()->findData(QStringLiteral("en")));
    EXPECT_TRUE(preview->preview()->toPlainText().contains(QStringLiteral("Handover to primary school")));
    screenshot(&wizard, QStringLiteral("handover-5-preview-english"));

    const QString pdf = m_dir.filePath(QStringLiteral("handover.pdf"));
    wizard.setExportPath(pdf);
    QString message;
    QObject::connect(&wizard, &HandoverWizard::exported, [&](const QString& m) { message = m; });
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_TRUE(QFile::exists(pdf));
    EXPECT_TRUE(message.contains(QStringLiteral("handover.pdf"))) << message.toStdString();
    const QList<HandoverSnapshot> kept = HandoverStore(*m_db).snapshots(session->actor, child);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.constFirst().language, QStringLiteral("en"));
    EXPECT_TRUE(kept.constFirst().content.personal.contains(QStringLiteral("nieuwsgierige")));

    // The dossier tells what was sent.
    DossierView dossier(*session);
    dossier.resize(1200, 760);
    dossier.showChild(child);
    dossier.show();
    const QList<QTreeWidgetItem*> sent =
        dossier.timeline()->findItems(QStringLiteral("SHA-256"), Qt::MatchContains, 3);
    EXPECT_EQ(sent.size(), 1);
    screenshot(&dossier, QStringLiteral("handover-7-dossier"));
}

TEST_F(HandoverWizardTest, WithoutConsentTheDraftCanBePreparedButNotExported)
{
    const auto [child, school] = byState.value(QStringLiteral("awaiting"));
    HandoverWizard wizard(*session, child, school);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::ConsentPageId);
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::PreviewPageId);
    auto* preview = qobject_cast<HandoverPreviewPage*>(wizard.currentPage());
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    EXPECT_TRUE(preview->verdict()->text().contains(QStringLiteral("toestemming")))
        << preview->verdict()->text().toStdString();
    screenshot(&wizard, QStringLiteral("handover-6-not-ready"));
    // Leaving the content page kept the draft.
    EXPECT_TRUE(HandoverStore(*m_db).find(session->actor, child, school)->draft);
}

TEST_F(HandoverWizardTest, SectionsOutsideTheConsentCannotBeChosen)
{
    const auto [child, school] = byState.value(QStringLiteral("awaiting"));
    HandoverWizard wizard(*session, child, school);
    wizard.show();
    auto* consent = qobject_cast<HandoverConsentPage*>(wizard.currentPage());
    consent->setState(ConsentState::Given);
    consent->givenByEdit()->setText(QStringLiteral("K. Ouder"));
    consent->sectionBox(HandoverSection::Partners)->setChecked(false);
    consent->sectionBox(HandoverSection::ParentsView)->setChecked(false);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::ContentPageId);
    auto* content = qobject_cast<HandoverContentPage*>(wizard.currentPage());
    EXPECT_FALSE(content->sectionBox(HandoverSection::Partners)->isEnabled());
    EXPECT_FALSE(content->sectionBox(HandoverSection::Partners)->isChecked());
    EXPECT_TRUE(content->sectionBox(HandoverSection::Personal)->isEnabled());
    const Handover stored = HandoverStore(*m_db).find(session->actor, child, school).value();
    EXPECT_EQ(stored.consent.state, ConsentState::Given);
    EXPECT_FALSE(stored.consent.sections.contains(HandoverSection::Partners));
}

TEST_F(HandoverWizardTest, DenyingConsentAsksThenDeletesTheDraft)
{
    const auto [child, school] = byState.value(QStringLiteral("given"));
    HandoverWizard wizard(*session, child, school);
    wizard.show();
    auto* consent = qobject_cast<HandoverConsentPage*>(wizard.currentPage());
    consent->setState(ConsentState::Denied);
    EXPECT_TRUE(wizard.currentPage()->isFinalPage());
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isVisible());
    whenModal([](QWidget* box) {
        EXPECT_TRUE(qobject_cast<QMessageBox*>(box)->text().contains(QStringLiteral("verwijderd")));
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
    });
    wizard.button(QWizard::FinishButton)->click();
    const Handover h = HandoverStore(*m_db).find(session->actor, child, school).value();
    EXPECT_EQ(h.consent.state, ConsentState::Denied);
    EXPECT_FALSE(h.draft);
}

TEST_F(HandoverWizardTest, TheListOfChildrenTurningFourShowsEachStateAndTakesTheReceipt)
{
    HandoverView view(*session);
    view.resize(1200, 560);
    view.show();
    QSet<QString> states;
    for (int row = 0; row < view.table()->rowCount(); ++row)
        states.insert(view.table()->item(row, 4)->text());
    EXPECT_TRUE(states.contains(QStringLiteral("gegeven")));
    EXPECT_TRUE(states.contains(QStringLiteral("wacht op antwoord")));
    EXPECT_TRUE(states.contains(QStringLiteral("geweigerd")));
    EXPECT_TRUE(states.contains(QStringLiteral("niet gevraagd")));

    // Export, then record the school's receipt from the list.
    const auto [child, school] = byState.value(QStringLiteral("given"));
    HandoverWizard wizard(*session, child, school);
    wizard.setExportPath(m_dir.filePath(QStringLiteral("receipt.pdf")));
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_TRUE(wizard.validateCurrentPage());
    view.reload();
    int sentRow = -1;
    for (int row = 0; row < view.table()->rowCount(); ++row)
        if (view.table()->item(row, 0)->data(Qt::UserRole).toLongLong() == child)
            sentRow = row;
    ASSERT_GE(sentRow, 0);
    view.table()->selectRow(sentRow);
    screenshot(&view, QStringLiteral("handover-list"));
    whenModal([](QWidget* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("receivedBy"))
            ->setText(QStringLiteral("M. Jansen (ib'er)"));
        qobject_cast<QDialog*>(dialog)->accept();
    });
    view.recordReceipt();
    EXPECT_EQ(HandoverStore(*m_db).snapshots(session->actor, child).constFirst().receivedBy,
              QStringLiteral("M. Jansen (ib'er)"));
}

TEST_F(HandoverWizardTest, ClosingWithUnsavedWritingAsksToKeepIt)
{
    const auto [child, school] = byState.value(QStringLiteral("awaiting"));
    HandoverWizard wizard(*session, child, school);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::ContentPageId);
    auto* content = qobject_cast<HandoverContentPage*>(wizard.currentPage());
    content->personalEdit()->setPlainText(QStringLiteral("Eerst weggooien"));
    whenModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Discard)->click(); });
    wizard.reject();
    EXPECT_FALSE(wizard.isVisible());
    const auto stored = [&] { return HandoverStore(*m_db).find(session->actor, child, school)->draft; };
    EXPECT_FALSE(stored() && stored()->personal.contains(QStringLiteral("weggooien")));

    HandoverWizard again(*session, child, school);
    again.show();
    again.next();
    content = qobject_cast<HandoverContentPage*>(again.currentPage());
    content->personalEdit()->setPlainText(QStringLiteral("Dit wil ik houden"));
    whenModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Save)->click(); });
    again.reject();
    ASSERT_TRUE(stored());
    EXPECT_EQ(stored()->personal, QStringLiteral("Dit wil ik houden"));
    // Nothing written: closing asks nothing.
    HandoverWizard quiet(*session, child, school);
    quiet.show();
    quiet.next();
    quiet.reject();
    EXPECT_FALSE(quiet.isVisible());
}
