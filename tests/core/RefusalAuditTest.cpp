// A refused request leaves a trace: who asked, what, for which child or group, kept even when the
// action around it is rolled back. Failed logins keep the name tried and take the same time.
#include "CoreFixture.h"
#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Transaction.h"
#include "domain/Partner.h"
#include "services/AccessRequest.h"
#include "services/Authenticator.h"
#include "services/PartnerImport.h"
#include "services/Retention.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"
#include "store/PartnerStore.h"
#include "store/UserStore.h"

#include <QElapsedTimer>

using namespace kz;

namespace {

AuditEntry lastEntry(const Database& db)
{
    return AuditLog::entries(db, 1).first();
}

} // namespace

class RefusalAuditTest : public CoreFixture
{
};

TEST_F(RefusalAuditTest, AChildOutsideOnesGroupsIsRefusedAndTheAttemptIsKeptThroughARollback)
{
    {
        Transaction transaction(db()); // the caller's action fails and rolls back
        EXPECT_THROW(ChildStore(db()).get(practitionerA1, childB1), Error);
    }
    const AuditEntry refused = lastEntry(db());
    EXPECT_EQ(refused.action, QStringLiteral("refused"));
    EXPECT_EQ(refused.entity, QStringLiteral("child"));
    EXPECT_EQ(refused.childId, std::optional<qint64>(childB1));
    EXPECT_EQ(refused.userId, std::optional<qint64>(practitionerA1.userId));
}

TEST_F(RefusalAuditTest, InzagePurgeImportAndHandoverRefusalsAreAudited)
{
    EXPECT_THROW(AccessRequest::collect(db(), practitionerA1, childA1), Error);
    EXPECT_EQ(lastEntry(db()).entity, QStringLiteral("inzage"));
    EXPECT_EQ(lastEntry(db()).childId, std::optional<qint64>(childA1));

    EXPECT_THROW(Retention::purge(db(), managerA), Error);
    EXPECT_EQ(lastEntry(db()).action, QStringLiteral("refused"));
    EXPECT_EQ(lastEntry(db()).entity, QStringLiteral("purge"));

    EXPECT_THROW(PartnerImport::preview(db(), practitionerA1, "naam\nA\n", QStringLiteral("f.csv")), Error);
    EXPECT_EQ(lastEntry(db()).entity, QStringLiteral("import"));

    Partner school;
    school.name = QStringLiteral("Basisschool De Linde");
    school.categoryCode = QStringLiteral("school");
    const qint64 schoolId = PartnerStore(db()).create(managerA, school);
    HandoverContent content;
    content.sections = {HandoverSection::Personal};
    content.personal = QStringLiteral("Een vrolijke peuter.");
    EXPECT_THROW(HandoverStore(db()).checkExportable(practitionerA1, childA1, schoolId, content), Error);
    const AuditEntry refused = lastEntry(db());
    EXPECT_EQ(refused.action, QStringLiteral("refused"));
    EXPECT_EQ(refused.entity, QStringLiteral("handover_export"));
    EXPECT_EQ(refused.childId, std::optional<qint64>(childA1));
}

TEST_F(RefusalAuditTest, AnotherLocationsGroupIsRefusedWithTheGroupNamed)
{
    Child moved = childTemplate(groupB1, QStringLiteral("Verhuisd"));
    EXPECT_THROW(ChildStore(db()).create(managerA, moved), Error);
    const AuditEntry refused = lastEntry(db());
    EXPECT_EQ(refused.action, QStringLiteral("refused"));
    EXPECT_TRUE(refused.detail.contains(QString::number(groupB1))) << refused.detail.toStdString();
}

TEST_F(RefusalAuditTest, FailedLoginsKeepTheNameTriedAndUnknownNamesCostTheSameTime)
{
    const QString password = QStringLiteral("Een-lang-wachtwoord-42");
    UserStore(db()).resetPassword(admin, admin.userId, password);

    QElapsedTimer timer;
    timer.start();
    EXPECT_THROW(Authenticator::login(db(), QStringLiteral("admin"), QStringLiteral("wrong-password-1")),
                 Error);
    const qint64 wrongPassword = timer.restart();
    EXPECT_THROW(
        Authenticator::login(db(), QStringLiteral("nobody-here"), QStringLiteral("wrong-password-1")), Error);
    const qint64 unknownName = timer.elapsed();
    // Both run one Argon2 verification; an unknown name is not answered at once.
    EXPECT_GT(unknownName * 3, wrongPassword) << unknownName << " ms vs " << wrongPassword << " ms";

    const AuditEntry failed = lastEntry(db());
    EXPECT_EQ(failed.action, QStringLiteral("login_failed"));
    EXPECT_FALSE(failed.userId.has_value());
    EXPECT_TRUE(failed.detail.contains(QStringLiteral("nobody-here"))) << failed.detail.toStdString();
}
