// Every file Kindzicht writes is checked before success is reported; working copies stay private.
#include "io/OutputFile.h"

#include "../QtPrinters.h"
#include "Error.h"
#include "db/Database.h"
#include "db/ScratchFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cerrno>
#include <functional>
#include <gtest/gtest.h>

using namespace kz;

namespace {

// A device that accepts `room` bytes, then fails like a full disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (length > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_room -= length;
        return length;
    }

private:
    qint64 m_room;
};

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.userMessage();
    }
    return QString();
}

} // namespace

TEST(OutputFileTest, AFailingDeviceIsReportedAndNeverTakenForSuccess)
{
    FailingDevice device(10);
    const QString message =
        messageOf([&] { OutputFile::writeAll(device, QByteArray(100, 'x'), QStringLiteral("x.csv")); });
    EXPECT_TRUE(message.contains(QStringLiteral("x.csv"))) << message.toStdString();
}

TEST(OutputFileTest, AFullDiskSaysSoAndWhere)
{
    // /dev/full fails every write with ENOSPC, as a full disk does: Qt buffers a small write, and
    // only flush() tells.
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        GTEST_SKIP() << "no /dev/full";
    const QString message = messageOf(
        [&] { OutputFile::writeAll(full, QByteArray(100, 'x'), QStringLiteral("/media/usb/x.csv")); });
    EXPECT_TRUE(message.contains(QStringLiteral("disk is full"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("/media/usb"))) << message.toStdString();

    QFile buffered(QStringLiteral("/dev/full"));
    ASSERT_TRUE(buffered.open(QIODevice::WriteOnly));
    EXPECT_TRUE(messageOf([&] {
                    OutputFile::writeAll(buffered, "small", QStringLiteral("y.csv"));
                }).contains(QStringLiteral("disk is full")));
}

TEST(OutputFileTest, FailureClassesHaveTheirOwnMessages)
{
    const QString path = QStringLiteral("/mnt/x/report.csv");
    EXPECT_TRUE(OutputFile::failure(path, ENOSPC, {}).userMessage().contains(QStringLiteral("disk is full")));
    EXPECT_TRUE(OutputFile::failure(path, EROFS, {}).userMessage().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(OutputFile::failure(path, EACCES, {}).userMessage().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(OutputFile::failure(path, EIO, {}).userMessage().contains(QStringLiteral("disk failed")));
}

TEST(OutputFileTest, AFolderADeviceOrADatabaseIsNeverOverwritten)
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("k.db"));
    {
        const Database db = Database::open(database);
    }
    QFile original(database);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    EXPECT_THROW(OutputFile::write(database, "a,b\r\n"), Error);
    EXPECT_THROW(OutputFile::write(dir.path(), "a,b\r\n"), Error);
    EXPECT_THROW(OutputFile::write(QStringLiteral("/dev/null"), "a,b\r\n"), Error);
    EXPECT_TRUE(QFileInfo(QStringLiteral("/dev/null")).exists());
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile()); // still the device
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), before);

    const QString report = dir.filePath(QStringLiteral("report.csv"));
    OutputFile::write(report, "a,b\r\n");
    EXPECT_EQ(QFileInfo(report).size(), 5);
    EXPECT_EQ(QFileInfo(report).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
}

TEST(OutputFileTest, ScratchFoldersArePrivateAndLeftoversOfAKilledRunGoAtTheNextOpening)
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("k.db"));
    QString path;
    {
        const ScratchFolder scratch(database);
        path = scratch.path();
        EXPECT_EQ(QFileInfo(path).absolutePath(), QFileInfo(database).absolutePath());
        EXPECT_EQ(QFileInfo(path).permissions() &
                      (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::ExeOther),
                  QFileDevice::Permissions());
        QFile plain(scratch.filePath(QStringLiteral("snapshot.db")));
        ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
        plain.write("Noor de Vries");
        // A living run's folder is not touched by another opening.
        EXPECT_EQ(ScratchFolder::removeLeftovers(database), 0);
        EXPECT_TRUE(QFileInfo::exists(path));
    }
    EXPECT_FALSE(QFileInfo::exists(path));

    // What a killed process (a pid that does not live) left behind.
    const QString leftover = dir.filePath(QStringLiteral(".kindzicht-scratch-999999999-abcdef"));
    ASSERT_TRUE(QDir().mkpath(leftover));
    QFile plain(leftover + QStringLiteral("/restored.db"));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.write("Noor de Vries");
    plain.close();
    {
        const Database db = Database::open(database);
    }
    EXPECT_FALSE(QFileInfo::exists(leftover));
}
