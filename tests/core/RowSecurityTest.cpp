// On the organisation's server the server guards the children's files too: each demo account's
// login, connected as `psql` would be, reads exactly the rows core shows that account, cannot
// write outside them, and cannot put another's name on an audit entry. Core's own checks stay.
#include "../QtPrinters.h"
#include "Clock.h"
#include "Error.h"
#include "ThrowawayPostgres.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/DatabaseAddress.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"
#include "services/Backup.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"
#include "store/SupportNeedStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace kz;

namespace {

// Each table with child data, and how one of its rows finds its child.
const QList<std::pair<QString, QString>> childTables = {
    {QStringLiteral("children"), QStringLiteral("t.id")},
    {QStringLiteral("guardians"), QStringLiteral("t.child_id")},
    {QStringLiteral("child_group_moves"), QStringLiteral("t.child_id")},
    {QStringLiteral("support_needs"), QStringLiteral("t.child_id")},
    {QStringLiteral("observations"), QStringLiteral("t.child_id")},
    {QStringLiteral("handovers"), QStringLiteral("t.child_id")},
    {QStringLiteral("handover_snapshots"), QStringLiteral("t.child_id")},
    {QStringLiteral("parent_conversations"), QStringLiteral("t.child_id")},
    {QStringLiteral("parent_summary_snapshots"), QStringLiteral("t.child_id")},
    {QStringLiteral("observation_domains"),
     QStringLiteral("(SELECT o.child_id FROM observations o WHERE o.id = t.observation_id)")},
    {QStringLiteral("observation_revisions"),
     QStringLiteral("(SELECT o.child_id FROM observations o WHERE o.id = t.observation_id)")},
    {QStringLiteral("support_need_history"),
     QStringLiteral("(SELECT n.child_id FROM support_needs n WHERE n.id = t.need_id)")},
    {QStringLiteral("referrals"),
     QStringLiteral("(SELECT n.child_id FROM support_needs n WHERE n.id = t.need_id)")},
};

const QStringList demoLogins = {QStringLiteral("fatima"), QStringLiteral("lotte"),  QStringLiteral("saskia"),
                                QStringLiteral("joost"),  QStringLiteral("beheer"), QStringLiteral("marco")};

QString idList(const QSet<qint64>& ids)
{
    QStringList parts{QStringLiteral("0")};
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// What a statement returns on this connection: its first column, or the server's refusal.
QString answer(const Database& db, const QString& sql)
{
    try {
        return SqlQuery(db, sql).scalar().value_or(QVariant()).toString();
    } catch (const Error& e) {
        return QStringLiteral("refused: ") + e.detail();
    }
}

} // namespace

class RowSecurityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        KZ_REQUIRE_POSTGRES(socket);
        m_socket = socket;
        m_scratch = std::make_unique<test::ScratchPostgresDatabase>(*m_socket);
        ASSERT_TRUE(m_scratch->created());
        DemoDatabase::create(address(QStringLiteral("postgres")));
        m_owner = std::make_unique<Database>(Database::open(address(QStringLiteral("postgres"))));
        // Each demo account gets a login of its name with the everyday rights on the tables. Logins
        // are the whole server's: another test's demo may have made them already.
        for (const QString& login : demoLogins)
            test::grantEverydayLogin(*m_owner, login);
    }
    void TearDown() override
    {
        m_owner.reset();
        m_scratch.reset();
    }

    QString address(const QString& login) const
    {
        return DatabaseAddress::server(login, *m_socket, 5432, m_scratch->name(), {}).toString();
    }
    Database as(const QString& login) const { return Database::open(address(login)); }
    Actor account(const QString& username) const
    {
        return Authenticator::login(*m_owner, username, QString::fromLatin1(DemoDatabase::password));
    }
    // The children core shows the account, those who left included.
    QSet<qint64> coreChildren(const QString& username) const
    {
        QSet<qint64> ids;
        try {
            for (const ChildSummary& s : ChildStore(*m_owner).list(account(username), ChildFilter{{}, true}))
                ids.insert(s.child.id);
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::AccessDenied) << qPrintable(e.detail());
        }
        return ids;
    }
    QString ownerSays(const QString& sql) const { return answer(*m_owner, sql); }
    qint64 childOf(const QString& username) const { return *coreChildren(username).begin(); }

    std::optional<QString> m_socket;
    std::unique_ptr<test::ScratchPostgresDatabase> m_scratch;
    std::unique_ptr<Database> m_owner; // the server's superuser: every row
};

TEST_F(RowSecurityTest, EachDemoLoginReadsExactlyTheRowsCoreShowsItsAccount)
{
    for (const QString& login : demoLogins) {
        const QSet<qint64> visible = coreChildren(login);
        const Database db = as(login);
        for (const auto& [table, child] : childTables) {
            const QString expected = ownerSays(QStringLiteral("SELECT COUNT(*) FROM %1 t WHERE %2 IN (%3)")
                                                   .arg(table, child, idList(visible)));
            EXPECT_EQ(answer(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), expected)
                << qPrintable(login) << " " << qPrintable(table);
        }
        // And the rows are the same rows, not just as many.
        EXPECT_EQ(answer(db, QStringLiteral("SELECT COALESCE(SUM(id), 0) FROM children")),
                  ownerSays(QStringLiteral("SELECT COALESCE(SUM(id), 0) FROM children WHERE id IN (%1)")
                                .arg(idList(visible))))
            << qPrintable(login);
    }
    // Not an empty proof: a practitioner sees some children, fewer than her manager, and the
    // administrator without a manager's role none at all.
    EXPECT_GT(coreChildren(QStringLiteral("fatima")).size(), 0);
    EXPECT_LT(coreChildren(QStringLiteral("fatima")).size(), coreChildren(QStringLiteral("saskia")).size());
    EXPECT_TRUE(coreChildren(QStringLiteral("beheer")).isEmpty());
    EXPECT_EQ(answer(as(QStringLiteral("beheer")), QStringLiteral("SELECT COUNT(*) FROM observations")),
              QStringLiteral("0"));
    EXPECT_GT(ownerSays(QStringLiteral("SELECT COUNT(*) FROM observations")).toInt(), 0);
}

TEST_F(RowSecurityTest, WritesOutsideOnesScopeAreRefusedByTheServer)
{
    const Database fatima = as(QStringLiteral("fatima"));
    const qint64 hers = childOf(QStringLiteral("fatima"));
    const qint64 other = childOf(QStringLiteral("joost")); // another location's child
    const QString name =
        ownerSays(QStringLiteral("SELECT given_name FROM children WHERE id = %1").arg(other));
    const QString notes =
        ownerSays(QStringLiteral("SELECT COUNT(*) FROM observations WHERE child_id = %1").arg(other));

    // Her own child's row she may write (the right is there)...
    EXPECT_EQ(answer(fatima, QStringLiteral("UPDATE children SET given_name = given_name WHERE id = %1 "
                                            "RETURNING id")
                                 .arg(hers)),
              QString::number(hers));
    // ...another's is not there for her: nothing is changed or removed.
    EXPECT_EQ(answer(fatima, QStringLiteral("UPDATE children SET given_name = 'Gewijzigd' WHERE id = %1 "
                                            "RETURNING id")
                                 .arg(other)),
              QString());
    EXPECT_EQ(answer(fatima,
                     QStringLiteral("DELETE FROM observations WHERE child_id = %1 RETURNING id").arg(other)),
              QString());
    EXPECT_EQ(ownerSays(QStringLiteral("SELECT given_name FROM children WHERE id = %1").arg(other)), name);
    EXPECT_EQ(ownerSays(QStringLiteral("SELECT COUNT(*) FROM observations WHERE child_id = %1").arg(other)),
              notes);
    // A row written for another's child is refused outright.
    EXPECT_TRUE(answer(fatima, QStringLiteral("INSERT INTO guardians (child_id, name, created_at, "
                                              "updated_at) VALUES (%1, 'Onbekend', now(), now())")
                                   .arg(other))
                    .contains(QStringLiteral("row-level security")));
    EXPECT_TRUE(answer(fatima, QStringLiteral("UPDATE children SET group_id = (SELECT group_id FROM children "
                                              "WHERE id = %1) WHERE id = %2")
                                   .arg(other)
                                   .arg(hers))
                    .contains(QStringLiteral("row-level security")));
}

TEST_F(RowSecurityTest, AnAuditEntryAlwaysNamesTheLoginThatWroteIt)
{
    const Database fatima = as(QStringLiteral("fatima"));
    const QString fatimaId = ownerSays(QStringLiteral("SELECT id FROM users WHERE username = 'fatima'"));
    const QString beheerId = ownerSays(QStringLiteral("SELECT id FROM users WHERE username = 'beheer'"));
    EXPECT_EQ(answer(fatima, QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity) "
                                            "VALUES (now(), %1, 'delete', 'user')")
                                 .arg(beheerId)),
              QString());
    EXPECT_EQ(ownerSays(QStringLiteral("SELECT user_id FROM audit_log ORDER BY id DESC LIMIT 1")), fatimaId);
    // Nor can she read the audit (a practitioner reads none of it), or change it.
    EXPECT_TRUE(answer(fatima, QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity) "
                                              "VALUES (now(), %1, 'view', 'user') RETURNING id")
                                   .arg(fatimaId))
                    .contains(QStringLiteral("row-level security")));
    EXPECT_EQ(answer(fatima, QStringLiteral("SELECT COUNT(*) FROM audit_log")), QStringLiteral("0"));
    const QString actors = ownerSays(QStringLiteral("SELECT SUM(COALESCE(user_id, 0)) FROM audit_log"));
    EXPECT_EQ(answer(fatima, QStringLiteral("UPDATE audit_log SET user_id = %1").arg(beheerId)), QString());
    // Not even an administrator, who reads all of it: no rule lets anyone change or remove a row.
    const Database beheer = as(QStringLiteral("beheer"));
    EXPECT_EQ(answer(beheer, QStringLiteral("UPDATE audit_log SET user_id = %1").arg(fatimaId)), QString());
    EXPECT_EQ(answer(beheer, QStringLiteral("DELETE FROM audit_log")), QString());
    EXPECT_EQ(ownerSays(QStringLiteral("SELECT SUM(COALESCE(user_id, 0)) FROM audit_log")), actors);

    // An administrator reads all of it; a manager what concerns her location's children.
    EXPECT_EQ(answer(beheer, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
              ownerSays(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    const QSet<qint64> saskias = coreChildren(QStringLiteral("saskia"));
    EXPECT_EQ(
        answer(as(QStringLiteral("saskia")), QStringLiteral("SELECT COUNT(*) FROM audit_log")),
        ownerSays(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE child_id IN (%1)").arg(idList(saskias))));
}

TEST_F(RowSecurityTest, CoreOnALoginsConnectionWorksForItsOwnAccountOnly)
{
    const Database fatima = as(QStringLiteral("fatima"));
    const Actor actor =
        Authenticator::login(fatima, QStringLiteral("fatima"), QString::fromLatin1(DemoDatabase::password));
    QSet<qint64> listed;
    for (const ChildSummary& s : ChildStore(fatima).list(actor, ChildFilter{{}, true}))
        listed.insert(s.child.id);
    EXPECT_EQ(listed, coreChildren(QStringLiteral("fatima")));
    try {
        Authenticator::login(fatima, QStringLiteral("saskia"), QString::fromLatin1(DemoDatabase::password));
        FAIL() << "fatima's login acted as saskia";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("fatima"))) << qPrintable(e.userMessage());
    }

    // The triggers that keep a child's highest open level (schema 16) run with her rights too.
    const QString lowest = ownerSays(QStringLiteral("SELECT id FROM children WHERE id IN (%1) ORDER BY "
                                                    "COALESCE(open_need_level, 0), id LIMIT 1")
                                         .arg(idList(listed)));
    const QString levelSql =
        QStringLiteral("SELECT COALESCE(open_need_level, 0) FROM children WHERE id = %1");
    const QString before = ownerSays(levelSql.arg(lowest));
    ASSERT_LT(before.toInt(), 2);
    SupportNeed need;
    need.childId = lowest.toLongLong();
    need.domainId = ownerSays(QStringLiteral("SELECT id FROM domains WHERE code = 'language'")).toLongLong();
    need.level = 2;
    need.description = QStringLiteral("Zegt weinig in de kring");
    need.signalledOn = Clock::today();
    const qint64 id = SupportNeedStore(fatima).create(actor, need);
    EXPECT_EQ(ownerSays(levelSql.arg(lowest)), QStringLiteral("2"));
    SupportNeedStore(fatima).close(actor, id, QStringLiteral("Ging over"));
    EXPECT_EQ(ownerSays(levelSql.arg(lowest)), before);
}

TEST_F(RowSecurityTest, ChecksAcrossLocationsStillCountEveryChild)
{
    // A child number in use at Joost's location is refused at Saskia's, though she cannot see it.
    const qint64 joosts = childOf(QStringLiteral("joost"));
    ASSERT_EQ(ownerSays(QStringLiteral("UPDATE children SET external_number = 'K-4711' WHERE id = %1 "
                                       "RETURNING external_number")
                            .arg(joosts)),
              QStringLiteral("K-4711"));
    const Database saskia = as(QStringLiteral("saskia"));
    const Actor manager =
        Authenticator::login(saskia, QStringLiteral("saskia"), QString::fromLatin1(DemoDatabase::password));
    Child child = ChildStore(saskia).get(manager, childOf(QStringLiteral("saskia")));
    child.externalNumber = QStringLiteral("K-4711");
    try {
        ChildStore(saskia).update(manager, child);
        FAIL() << "a child number was given twice";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict) << qPrintable(e.detail());
    }

    // The administrator sees no child, yet a group that still has children is not archived.
    const Database beheer = as(QStringLiteral("beheer"));
    const Actor admin =
        Authenticator::login(beheer, QStringLiteral("beheer"), QString::fromLatin1(DemoDatabase::password));
    const qint64 group = ChildStore(*m_owner).get(account(QStringLiteral("saskia")), child.id).groupId;
    try {
        OrganisationStore(beheer).archiveGroup(admin, group);
        FAIL() << "a group with children was archived";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict) << qPrintable(e.detail());
    }
    EXPECT_EQ(ownerSays(QStringLiteral("SELECT archived FROM groups WHERE id = %1").arg(group)),
              QStringLiteral("0"));

    // A backup would hold only what the login sees: refused, and said why.
    const QTemporaryDir folder;
    try {
        Backup::create(beheer, admin, folder.filePath(QStringLiteral("kindzicht.kzbackup")),
                       QStringLiteral("een lange wachtzin voor de test"));
        FAIL() << "an everyday login made a backup of part of the organisation";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("kindzicht_owner")))
            << qPrintable(e.userMessage());
    }
}
