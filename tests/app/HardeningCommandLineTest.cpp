// kindzicht-cli against hostile use: outputs that would destroy something, restore under an open
// database, spreadsheet formulas, an administrator without a password.
#include "CommandLineFixture.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace kz;

namespace {

// Every command logs in (an audit row), so the file changes; it must stay the whole database.
int childrenIn(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || !f.read(16).startsWith("SQLite format 3"))
        return -1;
    const Database db = Database::open(file);
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM children"));
    return q.scalar().value_or(QVariant(-1)).toInt();
}

} // namespace

class HardeningCommandLineTest : public CommandLineFixture
{
protected:
    // One demo for the suite, copied for each test: the demo takes seconds to make.
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_demo = s_dir->filePath(QStringLiteral("demo.db"));
        DemoDatabase::create(s_demo);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        m_demo = path(QStringLiteral("k.db"));
        ASSERT_TRUE(QFile::copy(s_demo, m_demo));
        QFile::setPermissions(m_demo, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    Result as(const QString& user, QStringList arguments)
    {
        arguments =
            QStringList{QStringLiteral("--database"), m_demo, QStringLiteral("--user"), user} + arguments;
        return run(arguments);
    }

    QString m_demo;
    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_demo;
};

TEST_F(HardeningCommandLineTest, OutputRefusesTheDatabaseAFolderAndADevice)
{
    const int before = childrenIn(m_demo);
    ASSERT_GT(before, 0);
    const QStringList report = {QStringLiteral("report"), QStringLiteral("groups"),
                                QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--output")};
    const Result onDatabase = as(QStringLiteral("saskia"), report + QStringList{m_demo});
    EXPECT_EQ(onDatabase.code, 1);
    EXPECT_TRUE(onDatabase.err.contains(QStringLiteral("database"))) << onDatabase.err.toStdString();
    EXPECT_EQ(childrenIn(m_demo), before);

    const Result onFolder = as(QStringLiteral("saskia"), report + QStringList{m_dir.path()});
    EXPECT_EQ(onFolder.code, 1);
    EXPECT_TRUE(onFolder.err.contains(QStringLiteral("folder"))) << onFolder.err.toStdString();

    const Result onDevice = as(QStringLiteral("saskia"), report + QStringList{QStringLiteral("/dev/null")});
    EXPECT_EQ(onDevice.code, 1);
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile());

    qputenv("KINDZICHT_BACKUP_PASSPHRASE", "correct horse battery staple");
    const Result backupOnDatabase = as(QStringLiteral("beheer"), {QStringLiteral("backup"), m_demo});
    qunsetenv("KINDZICHT_BACKUP_PASSPHRASE");
    EXPECT_EQ(backupOnDatabase.code, 1);
    EXPECT_EQ(childrenIn(m_demo), before);

    const Result exportOnDatabase =
        as(QStringLiteral("saskia"),
           {QStringLiteral("partners"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--output"), m_demo});
    EXPECT_EQ(exportOnDatabase.code, 1);
    EXPECT_EQ(childrenIn(m_demo), before);
}

TEST_F(HardeningCommandLineTest, InitWithAnAdministratorNeedsAPassword)
{
    const QString fresh = path(QStringLiteral("fresh.db"));
    const Result refused = run({QStringLiteral("--database"), fresh, QStringLiteral("init"),
                                QStringLiteral("--admin"), QStringLiteral("beheer")},
                               QString());
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("password"))) << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(fresh));
    const Result made = run({QStringLiteral("--database"), fresh, QStringLiteral("init"),
                             QStringLiteral("--admin"), QStringLiteral("beheer")},
                            QStringLiteral("Een-goed-wachtwoord-7"));
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
}

TEST_F(HardeningCommandLineTest, BackupLeavesOnlyTheBackupAndRestoreWaitsForTheDatabaseToBeClosed)
{
    const QString usb = path(QStringLiteral("usb"));
    ASSERT_TRUE(QDir().mkpath(usb));
    const QString backup = usb + QStringLiteral("/b.kzb");
    qputenv("KINDZICHT_BACKUP_PASSPHRASE", "correct horse battery staple");
    const Result made = as(QStringLiteral("beheer"), {QStringLiteral("backup"), backup});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    EXPECT_EQ(QDir(usb).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("b.kzb")});

    {
        const Database desktop = Database::open(m_demo); // the desktop application has it open
        const Result refused = as(QStringLiteral("beheer"), {QStringLiteral("restore"), backup});
        EXPECT_EQ(refused.code, 1);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("open in Kindzicht"))) << refused.err.toStdString();
    }
    const Result restored = as(QStringLiteral("beheer"), {QStringLiteral("restore"), backup});
    qunsetenv("KINDZICHT_BACKUP_PASSPHRASE");
    EXPECT_EQ(restored.code, 0) << restored.err.toStdString();
    const Database db = Database::open(m_demo);
    EXPECT_EQ(AuditLog::entries(db, 1).first().action, QStringLiteral("restore"));
    for (const QString& name :
         QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        EXPECT_FALSE(name.startsWith(QStringLiteral(".kindzicht"))) << name.toStdString();
}

TEST_F(HardeningCommandLineTest, FormulasAreWarnedAboutOnImportAndProtectedOnExport)
{
    const QString file = path(QStringLiteral("kaart.csv"));
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("naam,omschrijving\nFormulehuis,\"=HYPERLINK(\"\"http://evil.example\"\")\"\n");
    csv.close();
    const Result imported =
        as(QStringLiteral("saskia"), {QStringLiteral("partners"), QStringLiteral("import"), file});
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("warning"))) << imported.out.toStdString();

    const QString out = path(QStringLiteral("export.csv"));
    const Result exported =
        as(QStringLiteral("saskia"),
           {QStringLiteral("partners"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--output"), out});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_TRUE(bytes.contains("'=HYPERLINK")) << bytes.left(300).constData();
    EXPECT_FALSE(bytes.contains("\"=HYPERLINK"));
}
