// kindzicht-cli partners import and export.
#include "../QtPrinters.h"
#include "CommandLineFixture.h"
#include "DemoCopy.h"
#include "db/Database.h"
#include "demo/DemoDatabase.h"
#include "i18n/Translations.h"
#include "services/Authenticator.h"
#include "services/GroupNeeds.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace kz;

class PartnerCommandLineTest : public CommandLineFixture
{
};

TEST_F(PartnerCommandLineTest, APartnerImportThatDropsWijkenNeedsAllowNarrowing)
{
    const QString db = path(QStringLiteral("demo.db"));
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("demo")}).code, 0);
    const QStringList as = {QStringLiteral("--database"), db, QStringLiteral("--user"),
                            QStringLiteral("saskia")};
    // Kentalis serves Segbroek and Haagse Hout; the file keeps only Segbroek.
    const QString csv = path(QStringLiteral("smaller.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("naam;postcode;wijk\r\nKentalis;;Segbroek\r\n");
    file.close();
    const QStringList import = as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv};

    const Result dry = run(import + QStringList{QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("→ Segbroek (drops Haagse Hout)"))) << dry.out.toStdString();

    const Result refused = run(import);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("drops Haagse Hout"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--allow-narrowing"))) << refused.err.toStdString();
    EXPECT_TRUE(
        run(import + QStringList{QStringLiteral("--dry-run")}).out.contains(QStringLiteral("1 to update")))
        << "nothing was written";

    const Result allowed = run(import + QStringList{QStringLiteral("--allow-narrowing")});
    EXPECT_EQ(allowed.code, 0) << allowed.err.toStdString();
    EXPECT_TRUE(
        run(import + QStringList{QStringLiteral("--dry-run")}).out.contains(QStringLiteral("1 unchanged")));
}

TEST_F(PartnerCommandLineTest, PartnersExportAndImportBackWithADryRunFirst)
{
    const QString db = path(QStringLiteral("demo.db"));
    kz::test::copyDemo(db);
    const QStringList as = {QStringLiteral("--database"), db, QStringLiteral("--user"),
                            QStringLiteral("saskia")};

    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("hsds"), QStringLiteral("vcard")}) {
        const QString file = path(QStringLiteral("kaart.") + format);
        const Result exported =
            run(as + QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                                 QStringLiteral("--format"), format, QStringLiteral("--output"), file});
        EXPECT_EQ(exported.code, 0) << exported.err.toStdString();
        EXPECT_TRUE(exported.out.contains(QStringLiteral("32 partners written")))
            << exported.out.toStdString();
        if (format == QLatin1String("vcard"))
            continue;
        const Result dry = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), file,
                                                QStringLiteral("--dry-run")});
        EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
        EXPECT_TRUE(dry.out.contains(QStringLiteral("0 to add, 0 to update, 32 unchanged, 0 rejected")))
            << dry.out.toStdString();
    }

    // A Dutch Excel file with one good and one bad row: the good one is written, exit code 1.
    const QString csv = path(QStringLiteral("nieuw.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("naam;categorie;wijk;e-mail\r\nTaalhuis Duinoord;Taal en lezen;Duinoord;taal@example.nl\r\n"
               "Fout;Taal en lezen;Duinoord;geen mail\r\n");
    file.close();
    const Result dry = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv,
                                            QStringLiteral("--dry-run")});
    EXPECT_TRUE(dry.out.contains(QStringLiteral("line 2: add Taalhuis Duinoord"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("line 3: rejected"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Nothing was written")));
    const Result real = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv});
    EXPECT_EQ(real.code, 1);
    const Result after = run(as + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv,
                                              QStringLiteral("--dry-run")});
    EXPECT_TRUE(after.out.contains(QStringLiteral("0 to add, 0 to update, 1 unchanged, 1 rejected")))
        << after.out.toStdString();

    // A practitioner reads the map but does not import; a wrong format is bad usage.
    const QStringList practitioner = {QStringLiteral("--database"), db, QStringLiteral("--user"),
                                      QStringLiteral("anouk")};
    EXPECT_EQ(run(practitioner + QStringList{QStringLiteral("partners"), QStringLiteral("import"), csv}).code,
              1);
    EXPECT_EQ(run(practitioner + QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                                             QStringLiteral("--format"), QStringLiteral("csv")})
                  .code,
              0);
    EXPECT_EQ(run(as + QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                                   QStringLiteral("--format"), QStringLiteral("pdf")})
                  .code,
              2);
}
