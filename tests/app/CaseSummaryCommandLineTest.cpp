// kindzicht-cli case-summary: an anonymous case for intervisie on the command line.
#include "../QtPrinters.h"
#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "db/Database.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"
#include "store/ChildStore.h"

#include <QFile>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace kz;

class CaseSummaryCommandLineTest : public CommandLineFixture
{
};

TEST_F(CaseSummaryCommandLineTest, ACaseIsWrittenAsTextOrPdfAndItsReplacementsAreListed)
{
    const QString demo = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(demo);
    Child child;
    {
        const Database db = Database::open(demo);
        const Actor fatima =
            Authenticator::login(db, QStringLiteral("fatima"), QString::fromLatin1(DemoDatabase::password));
        child = ChildStore(db).list(fatima).constFirst().child;
    }
    const QStringList asFatima = {QStringLiteral("--database"),   demo,
                                  QStringLiteral("--user"),       QStringLiteral("fatima"),
                                  QStringLiteral("case-summary"), QString::number(child.id)};
    const QString text = path(QStringLiteral("case.txt"));
    const Result written =
        run(asFatima + QStringList{QStringLiteral("--output"), text, QStringLiteral("--question"),
                                   QStringLiteral("Hoe help ik %1 sinds 3-2-2026?").arg(child.givenName)});
    ASSERT_EQ(written.code, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.contains(QStringLiteral("%1 -> [child]").arg(child.givenName)))
        << written.out.toStdString();
    EXPECT_TRUE(written.out.contains(QStringLiteral("3-2-2026 -> [date] (1)")));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(content.contains(QStringLiteral("Hoe help ik [child] sinds [date]?")))
        << content.toStdString();
    EXPECT_FALSE(content.contains(child.familyName));

    if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        const QString pdf = path(QStringLiteral("case.pdf"));
        ASSERT_EQ(run(asFatima + QStringList{QStringLiteral("--output"), pdf}).code, 0);
        QFile document(pdf);
        ASSERT_TRUE(document.open(QIODevice::ReadOnly));
        EXPECT_TRUE(document.read(5).startsWith("%PDF"));
    }
    // Without --output, and for a child out of view: refused with a reason.
    EXPECT_EQ(run(asFatima).code, 2);
    const Result outOfView =
        run({QStringLiteral("--database"), demo, QStringLiteral("--user"), QStringLiteral("anouk"),
             QStringLiteral("case-summary"), QString::number(child.id), QStringLiteral("--output"),
             path(QStringLiteral("no.txt"))});
    EXPECT_EQ(outOfView.code, 1);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("no.txt"))));
}
