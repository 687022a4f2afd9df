#include "services/AccessRequest.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "services/Dossier.h"
#include "store/ObservationStore.h"
#include "store/SupportNeedStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kz;

class AccessRequestTest : public CoreFixture
{
};

TEST_F(AccessRequestTest, EverythingHeldAndWhoSawItIsExported)
{
    Observation o;
    o.childId = childA1;
    o.observedAt = Clock::nowUtc().addSecs(-60);
    o.body = QStringLiteral("Eerste versie");
    o.domainIds = {domainId(QStringLiteral("language"))};
    o.restricted = true;
    o.id = ObservationStore(db()).create(practitionerA1, o);
    o.body = QStringLiteral("Tweede versie");
    ObservationStore(db()).edit(practitionerA1, o);
    SupportNeed n;
    n.childId = childA1;
    n.domainId = domainId(QStringLiteral("language"));
    n.description = QStringLiteral("Weinig woorden");
    n.signalledOn = Clock::today();
    SupportNeedStore(db()).create(practitionerA1, n);
    Dossier(db(), practitionerA1, childA1); // a read, to appear in the access log

    const QString json =
        AccessRequest::exportTo(db(), managerA, childA1, m_dir.filePath(QStringLiteral("inzage")));
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(all[QStringLiteral("child")][QStringLiteral("given_name")].toString(), QStringLiteral("Anna"));
    const QJsonArray observations = all[QStringLiteral("observations")].toArray();
    ASSERT_EQ(observations.size(), 1);
    EXPECT_EQ(observations[0][QStringLiteral("text")].toString(),
              QStringLiteral("Tweede versie")); // restricted, included
    EXPECT_EQ(observations[0][QStringLiteral("earlier_versions")][0][QStringLiteral("text")].toString(),
              QStringLiteral("Eerste versie"));
    EXPECT_EQ(all[QStringLiteral("support_needs")].toArray().size(), 1);
    bool viewed = false;
    for (const QJsonValue& entry : all[QStringLiteral("access_log")].toArray())
        viewed |= entry[QStringLiteral("action")].toString() == QLatin1String("view") &&
                  entry[QStringLiteral("who")].toString() == QLatin1String("practa1");
    EXPECT_TRUE(viewed);
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("inzage/inzage-%1.html").arg(childA1))));
    EXPECT_EQ(AuditLog::entries(db(), 1).first().action, QStringLiteral("export"));
}

TEST_F(AccessRequestTest, OnlyTheLocationsManagersAnswerIt)
{
    EXPECT_THROW(AccessRequest::collect(db(), practitionerA1, childA1), Error);
    EXPECT_THROW(AccessRequest::collect(db(), managerB, childA1), Error);
    EXPECT_THROW(AccessRequest::collect(db(), admin, childA1), Error);
    EXPECT_NO_THROW(AccessRequest::collect(db(), adminManager, childA1));
}
