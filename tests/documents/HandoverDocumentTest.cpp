#include "documents/HandoverDocument.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "documents/HandoverExport.h"
#include "domain/Partner.h"
#include "services/HandoverComposer.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace kz;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// Anna has a language need with strengths, an open observation and a restricted one; her parents
// agreed to share everything except the partners involved.
class HandoverDocumentTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        Partner p;
        p.name = QStringLiteral("Basisschool De Linde");
        p.categoryCode = QStringLiteral("school");
        school = PartnerStore(db()).create(managerA, p);

        SupportNeed need;
        need.childId = childA1;
        need.domainId = domainId(QStringLiteral("language"));
        need.description = QStringLiteral("Spreekt nog weinig woorden in de groep");
        need.strengths = QStringLiteral("Wijst aan en doet alles goed na");
        need.signalledOn = Clock::today().addMonths(-3);
        SupportNeedStore(db()).create(practitionerA1, need);
        Observation o;
        o.childId = childA1;
        o.observedAt = Clock::nowUtc().addDays(-5);
        o.domainIds = {need.domainId};
        o.body = QStringLiteral("Zong het liedje over de regenboog helemaal mee");
        ObservationStore(db()).create(practitionerA1, o);
        o.body = QStringLiteral("Vader vertelde vertrouwelijk over zijn ontslag");
        o.restricted = true;
        ObservationStore(db()).create(practitionerA1, o);

        HandoverConsent consent;
        consent.state = ConsentState::Given;
        consent.date = Clock::today();
        consent.givenBy = QStringLiteral("M. Testouder");
        consent.sections = {HandoverSection::Personal, HandoverSection::Development, HandoverSection::Support,
                            HandoverSection::ParentsView};
        HandoverStore(db()).recordConsent(practitionerA1, childA1, school, consent);
        content = HandoverComposer::prefill(db(), practitionerA1, childA1, school);
        content.supportThatWorked = QStringLiteral("Plaatjes bij de dagplanning");
        content.parentsView = QStringLiteral("Ouders zien dat Anna steeds meer zegt");
    }

    QString exportText(const QString& language, const QString& name)
    {
        const QString pdf = m_dir.filePath(name);
        snapshot = HandoverExport::toFile(db(), practitionerA1, childA1, school, content, language, pdf);
        // KINDZICHT_SCREENSHOTS=DIR keeps the documents, to look at them (pdftoppm -png).
        if (const QString keep = qEnvironmentVariable("KINDZICHT_SCREENSHOTS"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(pdf, QDir(keep).filePath(name));
        }
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    }

    qint64 school = 0;
    HandoverContent content;
    HandoverSnapshot snapshot;
};

TEST_F(HandoverDocumentTest, StrengthsComeFirstAndRestrictedTextNeverAppears)
{
    const QString text = exportText(QStringLiteral("nl"), QStringLiteral("anna.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Overdracht naar de basisschool"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Basisschool De Linde")));
    EXPECT_TRUE(text.contains(QStringLiteral("Locatie A")));
    EXPECT_TRUE(text.contains(QStringLiteral("regenboog")));
    EXPECT_FALSE(text.contains(QStringLiteral("ontslag")));
    EXPECT_FALSE(text.contains(QStringLiteral("vertrouwelijk over")));
    const qsizetype strengths = text.indexOf(QStringLiteral("Wijst aan en doet alles goed na"));
    const qsizetype need = text.indexOf(QStringLiteral("Spreekt nog weinig woorden"));
    ASSERT_GE(strengths, 0);
    ASSERT_GE(need, 0);
    EXPECT_LT(strengths, need);
    EXPECT_LT(text.indexOf(QStringLiteral("Persoonlijke beschrijving")),
              text.indexOf(QStringLiteral("Ontwikkeling per ontwikkelingsgebied")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pagina 1 van 1")));
    EXPECT_TRUE(text.contains(QStringLiteral("M. Testouder")));
}

TEST_F(HandoverDocumentTest, SectionsOutsideTheContentAreAbsent)
{
    content.sections.remove(HandoverSection::ParentsView);
    content.partners = QStringLiteral("Logopediepraktijk Klank"); // written, but not chosen
    const QString text = exportText(QStringLiteral("nl"), QStringLiteral("anna.pdf"));
    EXPECT_FALSE(text.contains(QStringLiteral("Zienswijze van de ouders")));
    EXPECT_FALSE(text.contains(QStringLiteral("steeds meer zegt")));
    EXPECT_FALSE(text.contains(QStringLiteral("Betrokken partners")));
    EXPECT_FALSE(text.contains(QStringLiteral("Logopediepraktijk")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ondersteuning die werkte")));
}

TEST_F(HandoverDocumentTest, TheStoredHashIsTheHashOfTheFileAndEachExportIsANewVersion)
{
    exportText(QStringLiteral("nl"), QStringLiteral("v1.pdf"));
    QFile file(m_dir.filePath(QStringLiteral("v1.pdf")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(snapshot.sha256, hash);
    EXPECT_EQ(HandoverStore(db()).snapshots(managerA, childA1).constFirst().sha256, hash);

    const QString second = exportText(QStringLiteral("nl"), QStringLiteral("v2.pdf"));
    EXPECT_EQ(snapshot.version, 2);
    EXPECT_TRUE(second.contains(QStringLiteral("Versie")));
    EXPECT_EQ(HandoverStore(db()).snapshots(managerA, childA1).size(), 2);
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("v1.pdf")))); // nothing overwritten
}

TEST_F(HandoverDocumentTest, EnglishIsChosenPerDocumentAndFontsAreEmbeddedInPdfA)
{
    const QString text = exportText(QStringLiteral("en"), QStringLiteral("anna-en.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Handover to primary school")));
    EXPECT_TRUE(text.contains(QStringLiteral("Language and speech")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("Pagina")));
    EXPECT_EQ(snapshot.language, QStringLiteral("en"));

    const QString pdf = m_dir.filePath(QStringLiteral("anna-en.pdf"));
    const QStringList fonts =
        run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(fonts.size(), 2); // two header lines, then one line per font
    for (const QString& line : fonts.mid(2))
        EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << line.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("pdfaid:part")) << "PDF/A identification in the XMP metadata";
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
}

TEST_F(HandoverDocumentTest, ALongHandoverNumbersItsPages)
{
    QString longText;
    for (int i = 1; i <= 120; ++i)
        longText += QStringLiteral("Regel %1 over hoe Anna speelt en praat.\n").arg(i);
    content.development.first().text = longText;
    const QString text = exportText(QStringLiteral("nl"), QStringLiteral("long.pdf"));
    static const QRegularExpression pageOne(QStringLiteral("Pagina 1 van (\\d)"));
    const QRegularExpressionMatch first = pageOne.match(text);
    ASSERT_TRUE(first.hasMatch()) << text.toStdString();
    const QString pages = first.captured(1);
    EXPECT_GE(pages.toInt(), 2);
    EXPECT_TRUE(text.contains(QStringLiteral("Pagina %1 van %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Regel 120")));
}

TEST_F(HandoverDocumentTest, ARefusedExportWritesNoFile)
{
    HandoverConsent awaiting;
    awaiting.state = ConsentState::Awaiting;
    HandoverStore(db()).recordConsent(practitionerA1, childA1, school, awaiting);
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    EXPECT_THROW(
        HandoverExport::toFile(db(), practitionerA1, childA1, school, content, QStringLiteral("nl"), pdf),
        Error);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_TRUE(HandoverStore(db()).snapshots(managerA, childA1).isEmpty());
}

TEST_F(HandoverDocumentTest, APrintedDraftSaysOnEveryPageThatItIsNotForTheSchool)
{
    const HandoverDocument document =
        HandoverDocument::compose(db(), practitionerA1, childA1, school, content, QStringLiteral("nl"));
    const QString path = m_dir.filePath(QStringLiteral("draft.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(document.paged(true).pdf(document.title()));
    file.close();
    const QString draft = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(draft.contains(QStringLiteral("Concept, nog niet voor de school"))) << draft.toStdString();
    EXPECT_TRUE(draft.contains(QStringLiteral("Pagina 1 van 1")));
    EXPECT_FALSE(
        exportText(QStringLiteral("nl"), QStringLiteral("final.pdf")).contains(QStringLiteral("Concept")));
}

TEST_F(HandoverDocumentTest, ASentHandoverPrintsAsItWasSentAndThePrintIsAudited)
{
    exportText(QStringLiteral("en"), QStringLiteral("sent.pdf"));
    content.parentsView = QStringLiteral("Changed after sending"); // the draft moves on
    HandoverStore(db()).saveDraft(practitionerA1, childA1, school, content);
    const HandoverSnapshot sent = HandoverStore(db()).snapshots(practitionerA1, childA1).constFirst();
    const HandoverDocument document = HandoverDocument::sent(db(), practitionerA1, sent);
    EXPECT_EQ(document.info().version, 1);
    EXPECT_EQ(document.info().language, QStringLiteral("en"));
    EXPECT_EQ(document.info().date, sent.exportedAt.toLocalTime().date());
    EXPECT_FALSE(document.html().contains(QStringLiteral("Changed after sending")));
    EXPECT_TRUE(document.html().contains(QStringLiteral("Plaatjes bij de dagplanning")));

    HandoverDocument::recordPrinted(db(), practitionerA1, childA1, sent.id);
    AuditEntry last = AuditLog::entries(db(), 1).constFirst();
    EXPECT_EQ(last.action, QStringLiteral("export"));
    EXPECT_EQ(last.entity, QStringLiteral("handover"));
    EXPECT_EQ(last.entityId, sent.id);
    EXPECT_EQ(last.childId, childA1);
    EXPECT_EQ(last.detail, QStringLiteral("printed"));
    HandoverDocument::recordPrinted(db(), practitionerA1, childA1, 0);
    EXPECT_EQ(AuditLog::entries(db(), 1).constFirst().detail, QStringLiteral("draft printed"));
    // Who may not see the child cannot print (nor leave a trail of printing) its handover.
    EXPECT_THROW(HandoverDocument::recordPrinted(db(), practitionerB, childA1, sent.id), Error);
    EXPECT_THROW(HandoverDocument::sent(db(), practitionerB, sent), Error);
}
