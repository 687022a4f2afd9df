// kindzicht-cli killed (SIGKILL) at random moments in backup, restore, demo, generate and purge:
// afterwards no plaintext copy is left outside the database's folder, nothing left behind blocks
// the same command run again, and after that run no working copy is left at all. Not timed: the
// moments are spread over how long each command took when it was left alone.
#include "../QtPrinters.h"
#include "demo/DemoDatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

struct Outcome
{
    bool killed = false;
    int code = -1;
    QString err;
};

// Files that hold readable database content: SQLite's header, or a name only the demo has.
QStringList plaintextIn(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.read(16).startsWith("SQLite format 3"))
            found.append(file);
    }
    return found;
}

QStringList scratchIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".kindzicht-scratch-*")}, QDir::Dirs | QDir::Hidden);
}

} // namespace

class KillLoopTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (qEnvironmentVariableIsEmpty("KINDZICHT_KILL_LOOP"))
            return; // run by its own CTest entry, with a long limit
        s_dir = new QTemporaryDir;
        s_demo = s_dir->filePath(QStringLiteral("demo.db"));
        kz::DemoDatabase::create(s_demo);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    QString home() const { return m_dir.filePath(QStringLiteral("data")); }
    QString usb() const { return m_dir.filePath(QStringLiteral("usb")); }
    QString database() const { return home() + QStringLiteral("/k.db"); }
    QString backup() const { return usb() + QStringLiteral("/k.kzb"); }

    void SetUp() override
    {
        if (!s_dir)
            GTEST_SKIP() << "set KINDZICHT_KILL_LOOP=1 (ctest -R cli_killed) to run the kill loop";
        ASSERT_TRUE(QDir().mkpath(home()));
        ASSERT_TRUE(QDir().mkpath(usb()));
        ASSERT_TRUE(QFile::copy(s_demo, database()));
    }

    // Runs kindzicht-cli; kills it after `killAfterMs` (never when negative).
    Outcome cli(const QStringList& arguments, int killAfterMs = -1)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KINDZICHT_PASSWORD"), QString::fromLatin1(kz::DemoDatabase::password));
        env.insert(QStringLiteral("KINDZICHT_BACKUP_PASSPHRASE"), passphrase);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KINDZICHT_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        Outcome outcome;
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill();
            outcome.killed = true;
        }
        process.waitForFinished(-1);
        outcome.code = process.exitCode();
        outcome.err = QString::fromLocal8Bit(process.readAllStandardError());
        return outcome;
    }

    QStringList as(const QString& user, const QStringList& command) const
    {
        return QStringList{QStringLiteral("--database"), database(), QStringLiteral("--user"), user} +
               command;
    }

    // Measures the command left alone, then kills it `trials` times at moments spread over that
    // time; after each kill, `check` runs and the command is run again to completion.
    void killRepeatedly(const QString& what, const QStringList& arguments, int trials,
                        const std::function<void()>& prepare,
                        const std::function<void(const Outcome&)>& check)
    {
        prepare();
        QElapsedTimer timer;
        timer.start();
        const Outcome alone = cli(arguments);
        ASSERT_EQ(alone.code, 0) << what.toStdString() << ": " << alone.err.toStdString();
        const int duration = std::max(50, static_cast<int>(timer.elapsed()));
        QRandomGenerator random(20261130u + static_cast<quint32>(qHash(what)));
        for (int trial = 0; trial < trials; ++trial) {
            prepare();
            const Outcome killed = cli(arguments, random.bounded(duration));
            SCOPED_TRACE(QStringLiteral("%1, trial %2").arg(what).arg(trial).toStdString());
            EXPECT_TRUE(plaintextIn(usb()).isEmpty())
                << plaintextIn(usb()).join(QStringLiteral(", ")).toStdString();
            check(killed);
            prepare();
            const Outcome rerun = cli(arguments);
            EXPECT_EQ(rerun.code, 0) << rerun.err.toStdString();
            EXPECT_TRUE(scratchIn(home()).isEmpty())
                << scratchIn(home()).join(QStringLiteral(", ")).toStdString();
            EXPECT_TRUE(plaintextIn(usb()).isEmpty());
        }
    }

    QTemporaryDir m_dir;
    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_demo;
};

TEST_F(KillLoopTest, FiftyKillsLeaveNoPlaintextAndNothingThatBlocksARerun)
{
    int trials = 0;
    const auto noop = [] {};
    const auto databaseSound = [&](const Outcome&) {
        ++trials;
        const Outcome check =
            cli(as(QStringLiteral("saskia"), {QStringLiteral("children"), QStringLiteral("list")}));
        EXPECT_EQ(check.code, 0) << check.err.toStdString();
    };

    killRepeatedly(QStringLiteral("backup"),
                   as(QStringLiteral("beheer"), {QStringLiteral("backup"), backup()}), 15, noop,
                   databaseSound);
    killRepeatedly(QStringLiteral("restore"),
                   as(QStringLiteral("beheer"), {QStringLiteral("restore"), backup()}), 15, noop,
                   databaseSound);
    killRepeatedly(QStringLiteral("purge"),
                   as(QStringLiteral("beheer"), {QStringLiteral("retention"), QStringLiteral("purge")}), 10,
                   noop, databaseSound);

    const QString fresh = home() + QStringLiteral("/new.db");
    const auto removeFresh = [&] { QFile::remove(fresh); };
    const auto wholeOrAbsent = [&](const Outcome& killed) {
        ++trials;
        // Either the run finished before the kill, or there is no file to block the next run.
        if (killed.killed && QFileInfo::exists(fresh)) {
            EXPECT_GT(QFileInfo(fresh).size(), 0);
        }
    };
    killRepeatedly(QStringLiteral("demo"), {QStringLiteral("--database"), fresh, QStringLiteral("demo")}, 4,
                   removeFresh, wholeOrAbsent);
    killRepeatedly(QStringLiteral("generate"),
                   {QStringLiteral("--database"), fresh, QStringLiteral("generate"),
                    QStringLiteral("--locations"), QStringLiteral("2"), QStringLiteral("--children"),
                    QStringLiteral("200"), QStringLiteral("--observations"), QStringLiteral("2000")},
                   6, removeFresh, wholeOrAbsent);
    EXPECT_EQ(trials, 50);
}
