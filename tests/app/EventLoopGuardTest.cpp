#include "AppFixture.h"
#include "Error.h"
#include "shell/LogFile.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>
#include <stdexcept>

using namespace kz;

// No exception crosses the event loop: one that reaches it is written to the log file in the
// application data folder and shown to the person, and the program carries on.
class EventLoopGuardTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        m_log = m_dir.filePath(QStringLiteral("appdata/kindzicht.log"));
        LogFile::open(m_log);
    }
    void TearDown() override { LogFile::open({}); }

    // Runs `slot` from the event loop, as a click or a timer would, and returns the text of the
    // message box that appears (answered at once).
    QString messageShownFor(const std::function<void()>& slot)
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("Kindzicht"));
        window.show();
        window.activateWindow();
        QString shown;
        QWidget* shownOver = nullptr;
        bool ran = false;
        QWidget* activeWhenThrown = nullptr;
        QTimer::singleShot(0, &window, [&] {
            ran = true;
            activeWhenThrown = QApplication::activeWindow();
            slot();
        });
        // After the throwing slot: the box it shows runs the loop that answers it.
        whenModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            ASSERT_NE(box, nullptr);
            shown = box->text();
            shownOver = box->parentWidget();
            box->accept();
        });
        for (int i = 0; i < 100 && shown.isEmpty(); ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        EXPECT_TRUE(ran);
        EXPECT_EQ(shownOver, activeWhenThrown); // over the window the person works in
        return shown;
    }
    QString logText() const
    {
        QFile file(m_log);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString m_log;
};

TEST_F(EventLoopGuardTest, ACoreErrorShowsItsMessageAndLogsItsDetail)
{
    const QString shown = messageShownFor([] {
        throw Error(Error::Kind::Database, QStringLiteral("De gegevens konden niet worden gelezen."),
                    QStringLiteral("disk I/O error (10)"));
    });
    EXPECT_EQ(shown, QStringLiteral("De gegevens konden niet worden gelezen."));
    const QString log = logText();
    EXPECT_TRUE(log.contains(QStringLiteral("disk I/O error (10)"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("warning"))) << log.toStdString();
    // The log is the owner's alone.
    EXPECT_EQ(QFileInfo(m_log).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_TRUE(QFileInfo(m_log).permissions() & QFileDevice::ReadOwner);
}

TEST_F(EventLoopGuardTest, AnyOtherExceptionSaysWhereTheLogIs)
{
    const QString shown = messageShownFor([] { throw std::runtime_error("vector index out of range"); });
    EXPECT_TRUE(shown.contains(QStringLiteral("kindzicht.log"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("vector"))); // the detail is for the log, not the person
    EXPECT_TRUE(logText().contains(QStringLiteral("vector index out of range")));
    // The program carries on: the event loop still delivers.
    bool delivered = false;
    QTimer::singleShot(0, [&] { delivered = true; });
    QCoreApplication::processEvents();
    EXPECT_TRUE(delivered);
}

TEST_F(EventLoopGuardTest, TheLogStaysSmall)
{
    const QString line(1000, QLatin1Char('x'));
    for (int i = 0; i < 700; ++i)
        qCWarning(kzGui).noquote() << line;
    EXPECT_LE(QFileInfo(m_log).size(), LogFile::maximumSize + 2000);
    EXPECT_TRUE(QFileInfo::exists(m_log + QStringLiteral(".1")));
}
