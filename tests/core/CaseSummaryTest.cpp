#include "services/CaseSummary.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/OrganisationStore.h"

#include <QLocale>
#include <QRegularExpression>

using namespace kz;

namespace {

const QRegularExpression
    anyDate(QStringLiteral(
                "\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?<!\\d)(19|20)\\d{2}(?!\\d)|"
                "\\d{1,2}\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                "december|january|february|march|may|june|july|august|october)"),
            QRegularExpression::CaseInsensitiveOption);

bool containsWord(const QString& text, const QString& word)
{
    if (word.trimmed().isEmpty())
        return false;
    const QRegularExpression pattern(
        QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(word.simplified()) +
            QStringLiteral("(?![\\p{L}\\p{N}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

// Every way the birth date could be written.
QStringList writtenAs(const QDate& d)
{
    return {d.toString(Qt::ISODate), d.toString(QStringLiteral("dd-MM-yyyy")),
            d.toString(QStringLiteral("d-M-yyyy")), QLocale(QLocale::Dutch).toString(d, QLocale::LongFormat),
            QLocale(QLocale::English).toString(d, QLocale::LongFormat)};
}

} // namespace

TEST(CaseSummaryDemoTest, EveryDemoChildsCaseNamesNoOneAndNoDate)
{
    const QDate today(2026, 5, 20);
    const ScopedClock clock(today);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    DemoDatabase::create(path, today);
    const Database db = Database::open(path);
    const Actor marco =
        Authenticator::login(db, QStringLiteral("marco"), QString::fromLatin1(DemoDatabase::password));
    const OrganisationStore organisation(db);

    ChildFilter everyone;
    everyone.includeLeft = true;
    const QList<ChildSummary> children = ChildStore(db).list(marco, everyone);
    ASSERT_GT(children.size(), 50);
    for (const ChildSummary& s : children) {
        const Child& c = s.child;
        // The question is free text too: a name and a date typed into it go as well.
        const QString question =
            QStringLiteral("Hoe helpen we %1 sinds %2 bij het afscheid van %3?")
                .arg(c.givenName, c.startDate.toString(QStringLiteral("d-M-yyyy")), s.groupName);
        const CaseSummary summary = CaseSummary::compose(db, marco, c.id, question, today);
        const QString text = summary.text() + summary.html();
        QStringList forbidden = {c.givenName,     c.familyName, c.fullName(),
                                 c.neighbourhood, s.groupName,  s.locationName};
        const Group group = organisation.group(marco, c.groupId);
        const Location location = organisation.location(marco, group.locationId);
        forbidden << location.postcode << location.address << location.district;
        for (const Guardian& g : GuardianStore(db).list(marco, c.id))
            forbidden << g.name << g.name.section(QLatin1Char(' '), 0, 0);
        for (const Handover& h : HandoverStore(db).forChild(marco, c.id))
            forbidden << h.schoolName;
        forbidden << writtenAs(c.birthDate);
        for (const QString& word : forbidden)
            EXPECT_FALSE(containsWord(text, word))
                << qPrintable(c.fullName()) << ": " << qPrintable(word) << "\n"
                << qPrintable(summary.text());
        const auto date = anyDate.match(text);
        EXPECT_FALSE(date.hasMatch())
            << qPrintable(c.fullName()) << ": " << qPrintable(date.captured()) << "\n"
            << qPrintable(summary.text());
        EXPECT_FALSE(summary.replacements().isEmpty());
    }
}

class CaseSummaryTest : public CoreFixture
{
};

TEST_F(CaseSummaryTest, TheCaseTellsAgeGroupNeedsAndTimeWithoutTheRestricted)
{
    const QDate today(2026, 5, 20);
    const ScopedClock clock(today);
    // The fixture's dates follow the real day; the case is read on the clock's.
    Child anna = ChildStore(db()).get(managerA, childA1);
    anna.birthDate = QDate(2023, 11, 1);
    anna.startDate = QDate(2025, 1, 6);
    ChildStore(db()).update(managerA, anna);
    Observation open;
    open.childId = childA1;
    open.observedAt = QDateTime(QDate(2026, 4, 29), QTime(10, 0));
    open.body = QStringLiteral("Anna bouwde met Bas een toren, op 28-04 nog niet.");
    open.domainIds = {domainId(QStringLiteral("play_motor"))};
    ObservationStore(db()).create(practitionerA1, open);
    Observation secret = open;
    secret.body = QStringLiteral("Vertrouwelijk over thuis.");
    secret.restricted = true;
    ObservationStore(db()).create(practitionerA1, secret);

    const CaseSummary summary =
        CaseSummary::compose(db(), practitionerA1, childA1, QStringLiteral("Wat werkt bij Anna?"), today);
    const QString text = summary.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Age: 2 year(s)"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Day care")));
    EXPECT_TRUE(text.contains(QStringLiteral("3 week(s) ago")));
    EXPECT_TRUE(text.contains(QStringLiteral("Wat werkt bij [child]?")));
    EXPECT_TRUE(text.contains(QStringLiteral("[child] bouwde met [another child] een toren")));
    EXPECT_FALSE(text.contains(QStringLiteral("Vertrouwelijk")));
    EXPECT_FALSE(text.contains(QStringLiteral("Testkind")));
}

TEST_F(CaseSummaryTest, OnlyWhoMaySeeTheChildMakesACaseAndItsExportIsAuditedWithoutText)
{
    EXPECT_THROW(CaseSummary::compose(db(), practitionerB, childA1, QString()), Error);
    CaseSummary summary =
        CaseSummary::compose(db(), practitionerA1, childA1, QStringLiteral("Anna en de kring"));
    summary.setKept({QStringLiteral("anna")});
    EXPECT_TRUE(summary.text().contains(QStringLiteral("Anna en de kring")));
    summary.recordExport(db(), practitionerA1, QStringLiteral("pdf"));
    const AuditEntry entry = AuditLog::entries(db(), 1).constFirst();
    EXPECT_EQ(entry.action, QStringLiteral("export"));
    EXPECT_EQ(entry.entity, QStringLiteral("case_summary"));
    EXPECT_EQ(entry.childId, childA1);
    EXPECT_FALSE(entry.detail.contains(QStringLiteral("kring")));
    EXPECT_TRUE(entry.detail.contains(QStringLiteral("1 kept")));
}
