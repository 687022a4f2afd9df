#include "AppFixture.h"
#include "access/AuditLog.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "db/SqlQuery.h"
#include "documents/DossierSummary.h"
#include "documents/GroupReport.h"
#include "documents/HandoverExport.h"
#include "groupneeds/GroupNeedsView.h"
#include "handover/HandoverPreviewPage.h"
#include "handover/HandoverView.h"
#include "handover/HandoverWizard.h"
#include "print/PrintPreview.h"
#include "services/GroupNeeds.h"
#include "services/HandoverComposer.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/DomainStore.h"

#include <QDir>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kz;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class PrintGuiTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        useLanguage(QStringLiteral("en"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }

    // Answers the next print preview: how many pages it shows, a screenshot, then `accept` (as
    // after printing) or close.
    void answerPreview(int* pages, const QString& screenshotName, bool accept = false)
    {
        whenModal([=](QWidget* modal) {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(modal);
            ASSERT_NE(dialog, nullptr) << modal->metaObject()->className();
            auto* preview = dialog->findChild<QPrintPreviewWidget*>();
            ASSERT_NE(preview, nullptr);
            preview->updatePreview();
            *pages = preview->pageCount();
            preview->setZoomMode(QPrintPreviewWidget::FitInView);
            QCoreApplication::processEvents();
            screenshot(dialog, screenshotName);
            if (accept)
                dialog->accept();
            else
                dialog->reject();
        });
    }

    int printsOf(const QString& entity) const
    {
        int n = 0;
        for (const AuditEntry& e : AuditLog::entries(*m_db, 200))
            n += e.entity == entity && e.detail.contains(QLatin1String("printed")) ? 1 : 0;
        return n;
    }

    // Prints `document` to a PDF through QPrinter, as the print dialog would to a printer.
    QString printToPdf(const PagedDocument& document, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QPrinter printer(QPrinter::HighResolution);
        PrintPreview::prepare(printer, name);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setResolution(300);
        EXPECT_GE(PrintPreview::print(document, printer), 1);
        return path;
    }
};

TEST_F(PrintGuiTest, CtrlPShowsThePreviewOfTheGroupReport)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1200, 760);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    int pages = 0;
    answerPreview(&pages, QStringLiteral("print-preview-group-report-en"));
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    EXPECT_GE(pages, 1);
}

TEST_F(PrintGuiTest, ThePrintedGroupReportIsThePdf)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    const GroupNeeds figures(*m_db, session.actor);
    const GroupReport report(figures, DomainStore(*m_db).all(), QStringLiteral("Support needs per group"),
                             QDate(2026, 11, 30));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    report.writePdf(pdf);
    const QString printed = printToPdf(report.paged(), QStringLiteral("printed.pdf"));
    const QString text = pdfText(printed);
    EXPECT_TRUE(text.contains(QStringLiteral("De Vlinderhof"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
    EXPECT_EQ(text, pdfText(pdf));
}

TEST_F(PrintGuiTest, TheDossierSummaryPrintsAfterAPreviewAndTheAuditTrailKnows)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1200, 760);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const qint64 child =
        window.childrenView()->table()->model()->index(0, 0).data(ChildListModel::ChildIdRole).toLongLong();
    window.openDossier(child);
    int pages = 0;
    answerPreview(&pages, QStringLiteral("print-preview-dossier-en"), true);
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    EXPECT_GE(pages, 1);
    const QList<AuditEntry> entries = AuditLog::entries(*m_db, 5);
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.constFirst().entity, QStringLiteral("dossier_summary"));
    EXPECT_EQ(entries.constFirst().childId, child);

    // Closing the preview without printing leaves no print in the trail.
    auto prints = [this] {
        int n = 0;
        for (const AuditEntry& e : AuditLog::entries(*m_db, 100))
            n += e.entity == QLatin1String("dossier_summary") ? 1 : 0;
        return n;
    };
    ASSERT_EQ(prints(), 1);
    answerPreview(&pages, QStringLiteral("print-preview-dossier-closed"));
    window.dossierView()->printButton()->click();
    EXPECT_EQ(prints(), 1);

    const DossierSummary summary(*m_db, session.actor, child);
    const QString text = pdfText(printToPdf(summary.paged(), QStringLiteral("dossier.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Open support needs"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
}

TEST_F(PrintGuiTest, TheHandoverPreviewPagePrintsTheDocument)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    SqlQuery q(*m_db, QStringLiteral("SELECT child_id FROM handovers WHERE consent_state = 'given'"));
    q.exec();
    ASSERT_TRUE(q.next());
    HandoverWizard wizard(session, q.value(0).toLongLong());
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::PreviewPageId);
    auto* preview = qobject_cast<HandoverPreviewPage*>(wizard.currentPage());
    EXPECT_EQ(preview->printButton()->shortcut(), QKeySequence(QKeySequence::Print));
    int pages = 0;
    answerPreview(&pages, QStringLiteral("print-preview-handover-en"));
    preview->printButton()->click();
    EXPECT_GE(pages, 1);
}

TEST_F(PrintGuiTest, APrintedGroupReportIsInTheAuditTrail)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    GroupNeedsView view(session);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    int pages = 0;
    answerPreview(&pages, QStringLiteral("print-preview-group-report-closed"));
    view.printReport();
    EXPECT_EQ(printsOf(QStringLiteral("group_report")), 0); // closed without printing
    answerPreview(&pages, QStringLiteral("print-preview-group-report-printed"), true);
    view.printReport();
    EXPECT_EQ(printsOf(QStringLiteral("group_report")), 1);
    EXPECT_EQ(AuditLog::entries(*m_db, 1).constFirst().userId, session.actor.userId);
}

TEST_F(PrintGuiTest, ASentHandoverPrintsFromTheListAfterAPreview)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    SqlQuery q(*m_db,
               QStringLiteral("SELECT child_id, school_id FROM handovers WHERE consent_state = 'given'"));
    q.exec();
    ASSERT_TRUE(q.next());
    const qint64 child = q.value(0).toLongLong();
    const qint64 school = q.value(1).toLongLong();
    HandoverContent content = HandoverComposer::prefill(*m_db, session.actor, child, school);
    content.partners = QStringLiteral("Logopedie De Klank, sinds september"); // every chosen section filled
    content.parentsView = QStringLiteral("Ouders zien vooruitgang");
    content.personal = QStringLiteral("Een nieuwsgierige peuter");
    content.supportThatWorked = QStringLiteral("Plaatjes bij de dagplanning");
    content.veProgramme = QStringLiteral("Uk & Puk");
    content.veDuration = QStringLiteral("18 maanden");
    content.contactPerson = QStringLiteral("Saskia de Wit");
    const HandoverSnapshot sent =
        HandoverExport::toFile(*m_db, session.actor, child, school, content, QStringLiteral("en"),
                               m_dir.filePath(QStringLiteral("sent.pdf")));
    HandoverView view(session);
    view.resize(1280, 720);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* print = view.findChild<QPushButton*>(QStringLiteral("printSent"));
    ASSERT_NE(print, nullptr);
    int row = -1;
    for (int r = 0; r < view.table()->rowCount() && row < 0; ++r)
        if (view.table()->item(r, 0)->data(Qt::UserRole).toLongLong() == child &&
            view.table()->item(r, 3)->data(Qt::UserRole).toLongLong() == school)
            row = r;
    ASSERT_GE(row, 0);
    view.table()->setCurrentCell(row, 0);
    EXPECT_TRUE(print->isEnabled());
    screenshot(&view, QStringLiteral("handover-list-print-sent-en"));
    int pages = 0;
    answerPreview(&pages, QStringLiteral("print-preview-sent-handover-en"), true);
    print->click();
    EXPECT_GE(pages, 1);
    const AuditEntry last = AuditLog::entries(*m_db, 1).constFirst();
    EXPECT_EQ(last.entity, QStringLiteral("handover"));
    EXPECT_EQ(last.entityId, sent.id);
    EXPECT_EQ(last.childId, child);
    EXPECT_EQ(last.detail, QStringLiteral("printed"));
    // A row without a sent version has nothing to print.
    for (int r = 0; r < view.table()->rowCount(); ++r)
        if (view.table()->item(r, 5)->data(Qt::UserRole).toLongLong() == 0) {
            view.table()->setCurrentCell(r, 0);
            EXPECT_FALSE(print->isEnabled());
            break;
        }
}
