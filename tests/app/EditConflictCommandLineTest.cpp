#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "domain/EditConflict.h"
#include "services/Authenticator.h"
#include "store/ChildStore.h"

#include <QProcess>

using namespace kz;

// Two processes on one SQLite file: this test, as Marco at one workstation, has a child's details
// open; kindzicht-cli, a process of its own, corrects them as Saskia at another. Marco's save
// based on what he read is refused naming Saskia, and keeping his is an audited overwrite.
class EditConflictCommandLineTest : public CommandLineFixture
{
protected:
    void SetUp() override
    {
        demo = path(QStringLiteral("demo.db"));
        kz::test::copyDemo(demo);
    }
    // kindzicht-cli as a separate process, as Saskia.
    Result cliProcess(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KINDZICHT_PASSWORD"), QString::fromLatin1(DemoDatabase::password));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KINDZICHT_CLI),
                      QStringList{QStringLiteral("--database"), demo, QStringLiteral("--user"),
                                  QStringLiteral("saskia")} +
                          arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString demo;
};

TEST_F(EditConflictCommandLineTest, ACorrectionSavedByAnotherProcessIsNotOverwrittenUnasked)
{
    const Database db = Database::open(demo);
    const Actor marco =
        Authenticator::login(db, QStringLiteral("marco"), QString::fromLatin1(DemoDatabase::password));
    SqlQuery first(db,
                   QStringLiteral("SELECT c.id FROM children c JOIN groups g ON g.id = c.group_id "
                                  "WHERE g.location_id = 1 AND c.end_date IS NULL ORDER BY c.id LIMIT 1"));
    const qint64 childId = first.scalar().value().toLongLong();
    Child open = ChildStore(db).get(marco, childId);

    const Result saskia =
        cliProcess({QStringLiteral("children"), QStringLiteral("edit"), QString::number(childId),
                    QStringLiteral("--languages"), QStringLiteral("Nederlands, Pools")});
    ASSERT_EQ(saskia.code, 0) << saskia.err.toStdString();

    open.familyName = QStringLiteral("Kowalski-de Boer");
    try {
        ChildStore(db).update(marco, open);
        FAIL() << "the save over Saskia's correction was not refused";
    } catch (const EditConflictError& e) {
        EXPECT_EQ(e.conflict().changedByName, QStringLiteral("Saskia de Wit"));
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("Saskia de Wit")))
            << e.userMessage().toStdString();
        open.version = e.conflict().currentVersion;
    }
    EXPECT_EQ(ChildStore(db).get(marco, childId).homeLanguages, QStringLiteral("Nederlands, Pools"));

    ChildStore(db).update(marco, open, Overwrite::Yes);
    EXPECT_EQ(ChildStore(db).get(marco, childId).familyName, QStringLiteral("Kowalski-de Boer"));
    const AuditEntry last = AuditLog::entries(db, 1).first();
    EXPECT_EQ(last.action, QStringLiteral("overwrite"));
    EXPECT_EQ(last.entityId, childId);

    // The other way round: the command reads and writes at once, so it never works on a stale copy.
    const Result again =
        cliProcess({QStringLiteral("children"), QStringLiteral("edit"), QString::number(childId),
                    QStringLiteral("--neighbourhood"), QStringLiteral("Transvaal")});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
}
