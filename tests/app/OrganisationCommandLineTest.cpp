// From an empty file to a working location on the command line: locations, groups, accounts,
// children enrolled, moved, leaving and imported, as an administration would script it.
#include "Clock.h"
#include "CommandLineFixture.h"
#include "db/Database.h"
#include "store/OrganisationStore.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace kz;

namespace {

const QString adminPassword = QStringLiteral("Zonnebloem-tuin-2030");
const QString practitionerPassword = QStringLiteral("Rode-kikker-2030");

} // namespace

class OrganisationCommandLineTest : public CommandLineFixture
{
protected:
    // Runs a command against the test database as `user`.
    Result as(const QString& user, QStringList arguments, const QString& password = adminPassword)
    {
        arguments =
            QStringList{QStringLiteral("--database"), m_db, QStringLiteral("--user"), user} + arguments;
        return run(arguments, password);
    }
    Result asAdmin(const QStringList& arguments) { return as(QStringLiteral("beheer"), arguments); }

    Result addUser(const QStringList& arguments, const QString& password)
    {
        qputenv("KINDZICHT_NEW_PASSWORD", password.toUtf8());
        const Result result =
            asAdmin(QStringList{QStringLiteral("users"), QStringLiteral("add")} + arguments);
        qunsetenv("KINDZICHT_NEW_PASSWORD");
        return result;
    }

    // An empty file with one location, two groups and the administrator as its manager.
    void setUpLocation()
    {
        const Result init = run({QStringLiteral("--database"), m_db, QStringLiteral("init"),
                                 QStringLiteral("--admin"), QStringLiteral("beheer"),
                                 QStringLiteral("--organisation"), QStringLiteral("Kinderopvang De Vlinder")},
                                adminPassword);
        ASSERT_EQ(init.code, 0) << init.err.toStdString();
        expectOk(asAdmin({QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("De Vlinder"), QStringLiteral("--lrk"), QStringLiteral("123456789"),
                          QStringLiteral("--postcode"), QStringLiteral("2531 AB"), QStringLiteral("--city"),
                          QStringLiteral("Den Haag"), QStringLiteral("--district"), QStringLiteral("Escamp"),
                          QStringLiteral("--neighbourhood"), QStringLiteral("Moerwijk")}));
        expectOk(asAdmin({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("--location"),
                          QStringLiteral("De Vlinder"), QStringLiteral("--name"), QStringLiteral("Rupsjes"),
                          QStringLiteral("--kind"), QStringLiteral("kdv")}));
        // One location: --location may be left out.
        expectOk(asAdmin({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Vlindertjes"), QStringLiteral("--kind"),
                          QStringLiteral("peuteropvang_ve"), QStringLiteral("--ages"),
                          QStringLiteral("24-48"), QStringLiteral("--capacity"), QStringLiteral("16")}));
        expectOk(asAdmin({QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("beheer"),
                          QStringLiteral("--role"), QStringLiteral("admin,manager"),
                          QStringLiteral("--locations"), QStringLiteral("De Vlinder")}));
    }

    Result addChild(const QString& given, const QString& family, const QString& birth, const QString& group)
    {
        return asAdmin({QStringLiteral("children"), QStringLiteral("add"), QStringLiteral("--given"), given,
                        QStringLiteral("--family"), family, QStringLiteral("--birth"), birth,
                        QStringLiteral("--group"), group, QStringLiteral("--start"),
                        QStringLiteral("2029-09-01")});
    }

    static void expectOk(const Result& result)
    {
        EXPECT_EQ(result.code, 0) << result.err.toStdString();
        EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    }
    static void expectRefused(const Result& result, const QString& reason)
    {
        EXPECT_EQ(result.code, 1) << result.out.toStdString();
        EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString(); // one line
        EXPECT_TRUE(result.err.contains(reason, Qt::CaseInsensitive)) << result.err.toStdString();
    }
    static qint64 numberIn(const QString& text) // "Child 3 enrolled: ..." -> 3
    {
        return text.section(QLatin1Char(' '), 1, 1).toLongLong();
    }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    ScopedClock m_clock{QDate(2030, 1, 15)};
    QString m_db = path(QStringLiteral("organisation.db"));
};

TEST_F(OrganisationCommandLineTest, FromAnEmptyFileToAWorkingLocation)
{
    setUpLocation();
    ASSERT_FALSE(HasFailure());
    const Database db = Database::open(m_db);
    EXPECT_EQ(OrganisationStore(db).organisationName(), QStringLiteral("Kinderopvang De Vlinder"));
    const Result groups = asAdmin({QStringLiteral("groups"), QStringLiteral("list")});
    expectOk(groups);
    EXPECT_TRUE(groups.out.contains(QStringLiteral("Vlindertjes"))) << groups.out.toStdString();
    EXPECT_TRUE(groups.out.contains(QStringLiteral("0-48 months")))
        << groups.out.toStdString(); // kdv's usual ages

    expectOk(addUser({QStringLiteral("anna"), QStringLiteral("--display-name"), QStringLiteral("Anna de Wit"),
                      QStringLiteral("--role"), QStringLiteral("practitioner"), QStringLiteral("--groups"),
                      QStringLiteral("Rupsjes")},
                     practitionerPassword));
    const Result users = asAdmin({QStringLiteral("users"), QStringLiteral("list")});
    expectOk(users);
    EXPECT_TRUE(users.out.contains(QStringLiteral("Anna de Wit"))) << users.out.toStdString();
    EXPECT_TRUE(users.out.contains(QStringLiteral("Rupsjes"))) << users.out.toStdString();
    EXPECT_TRUE(users.out.contains(QStringLiteral("admin,manager"))) << users.out.toStdString();
    EXPECT_TRUE(users.out.contains(QStringLiteral("De Vlinder"))) << users.out.toStdString();

    // A practitioner cannot add a location: one line, exit 1.
    expectRefused(as(QStringLiteral("anna"),
                     {QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Elders")},
                     practitionerPassword),
                  QString());

    const Result sem = addChild(QStringLiteral("Sem"), QStringLiteral("Jansen"), QStringLiteral("2028-03-01"),
                                QStringLiteral("Rupsjes"));
    expectOk(sem);
    expectOk(addChild(QStringLiteral("Noor"), QStringLiteral("el Amrani"), QStringLiteral("10-09-2027"),
                      QStringLiteral("Rupsjes")));
    expectOk(addChild(QStringLiteral("Daan"), QStringLiteral("de Boer"), QStringLiteral("2027-05-20"),
                      QStringLiteral("Vlindertjes")));
    const Result annaBefore = as(QStringLiteral("anna"), {QStringLiteral("children"), QStringLiteral("list")},
                                 practitionerPassword);
    expectOk(annaBefore);
    EXPECT_TRUE(annaBefore.out.contains(QStringLiteral("Noor el Amrani"))) << annaBefore.out.toStdString();
    EXPECT_TRUE(annaBefore.out.contains(QStringLiteral("2 child"))) << annaBefore.out.toStdString();

    // Moved: the old group's practitioner no longer finds the child; the history names both groups.
    expectOk(asAdmin({QStringLiteral("children"), QStringLiteral("move"), QStringLiteral("Noor el Amrani"),
                      QStringLiteral("--group"), QStringLiteral("Vlindertjes"), QStringLiteral("--on"),
                      QStringLiteral("15-01-2030")}));
    expectRefused(as(QStringLiteral("anna"),
                     {QStringLiteral("children"), QStringLiteral("show"), QStringLiteral("Noor el Amrani")},
                     practitionerPassword),
                  QStringLiteral("No child"));
    const Result annaAfter = as(QStringLiteral("anna"), {QStringLiteral("children"), QStringLiteral("list")},
                                practitionerPassword);
    EXPECT_FALSE(annaAfter.out.contains(QStringLiteral("Noor"))) << annaAfter.out.toStdString();
    const Result noor =
        asAdmin({QStringLiteral("children"), QStringLiteral("show"), QStringLiteral("Noor el Amrani")});
    expectOk(noor);
    EXPECT_TRUE(noor.out.contains(QStringLiteral("from Rupsjes to Vlindertjes"))) << noor.out.toStdString();

    // Left: gone from the list, there with --include-left, and in the retention preview once the period
    // passed.
    expectOk(asAdmin({QStringLiteral("children"), QStringLiteral("leave"), QStringLiteral("Sem Jansen"),
                      QStringLiteral("--on"), QStringLiteral("14-01-2030"), QStringLiteral("--reason"),
                      QStringLiteral("moved")}));
    EXPECT_FALSE(
        asAdmin({QStringLiteral("children"), QStringLiteral("list")}).out.contains(QStringLiteral("Sem")));
    const Result withLeft =
        asAdmin({QStringLiteral("children"), QStringLiteral("list"), QStringLiteral("--include-left")});
    EXPECT_TRUE(withLeft.out.contains(QStringLiteral("Sem Jansen"))) << withLeft.out.toStdString();
    EXPECT_TRUE(withLeft.out.contains(QStringLiteral("2030-01-14"))) << withLeft.out.toStdString();
    const QString semLine = QStringLiteral("child %1, left on 2030-01-14").arg(numberIn(sem.out));
    EXPECT_FALSE(asAdmin({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run")})
                     .out.contains(semLine));
    {
        const ScopedClock later(QDate(2032, 3, 1));
        const Result preview =
            asAdmin({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
        expectOk(preview);
        EXPECT_TRUE(preview.out.contains(semLine)) << preview.out.toStdString();
    }

    // A group with children stays; the emptied one can be archived and leaves the list.
    expectRefused(
        asAdmin({QStringLiteral("groups"), QStringLiteral("archive"), QStringLiteral("Vlindertjes")}),
        QString());
    expectOk(asAdmin({QStringLiteral("groups"), QStringLiteral("archive"), QStringLiteral("Rupsjes")}));
    EXPECT_FALSE(
        asAdmin({QStringLiteral("groups"), QStringLiteral("list")}).out.contains(QStringLiteral("Rupsjes")));
    EXPECT_TRUE(asAdmin({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--all")})
                    .out.contains(QStringLiteral("Rupsjes")));
}

TEST_F(OrganisationCommandLineTest, AccountsAreEditedDeactivatedAndGivenNewPasswords)
{
    setUpLocation();
    ASSERT_FALSE(HasFailure());
    expectOk(addUser({QStringLiteral("anna"), QStringLiteral("--role"), QStringLiteral("practitioner"),
                      QStringLiteral("--groups"), QStringLiteral("Rupsjes")},
                     practitionerPassword));
    expectOk(asAdmin({QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("anna"),
                      QStringLiteral("--groups"), QStringLiteral("Rupsjes,Vlindertjes"),
                      QStringLiteral("--display-name"), QStringLiteral("Anna de Wit")}));
    const Result users = asAdmin({QStringLiteral("users"), QStringLiteral("list")});
    EXPECT_TRUE(users.out.contains(QStringLiteral("Rupsjes, Vlindertjes"))) << users.out.toStdString();

    const QString replaced = QStringLiteral("Blauwe-reiger-2030");
    qputenv("KINDZICHT_NEW_PASSWORD", replaced.toUtf8());
    expectOk(asAdmin({QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("anna")}));
    qunsetenv("KINDZICHT_NEW_PASSWORD");
    EXPECT_EQ(as(QStringLiteral("anna"), {QStringLiteral("groups"), QStringLiteral("list")}, replaced).code,
              0);

    expectOk(asAdmin({QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("anna")}));
    EXPECT_EQ(as(QStringLiteral("anna"), {QStringLiteral("groups"), QStringLiteral("list")}, replaced).code,
              1);
    // No new password at all: refused, nothing created.
    expectRefused(asAdmin({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bram"),
                           QStringLiteral("--role"), QStringLiteral("manager")}),
                  QStringLiteral("KINDZICHT_NEW_PASSWORD"));
    EXPECT_FALSE(
        asAdmin({QStringLiteral("users"), QStringLiteral("list")}).out.contains(QStringLiteral("bram")));
    // The last administrator cannot take away her own admin role.
    expectRefused(asAdmin({QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("beheer"),
                           QStringLiteral("--role"), QStringLiteral("manager")}),
                  QString());
}

TEST_F(OrganisationCommandLineTest, BadUsageExitsWithTwo)
{
    setUpLocation();
    ASSERT_FALSE(HasFailure());
    const QList<QStringList> wrong = {
        {QStringLiteral("locations"), QStringLiteral("add")},
        {QStringLiteral("locations"), QStringLiteral("edit"), QStringLiteral("De Vlinder")},
        {QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
         QStringLiteral("--kind"), QStringLiteral("creche")},
        {QStringLiteral("groups"), QStringLiteral("edit"), QStringLiteral("Rupsjes"),
         QStringLiteral("--ages"), QStringLiteral("48-24")},
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bram"), QStringLiteral("--role"),
         QStringLiteral("director")},
        {QStringLiteral("children"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Sem")},
        {QStringLiteral("children"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Sem"),
         QStringLiteral("--family"), QStringLiteral("Jansen"), QStringLiteral("--birth"),
         QStringLiteral("31-02-2028"), QStringLiteral("--group"), QStringLiteral("Rupsjes")},
        {QStringLiteral("children"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--group"),
         QStringLiteral("Rupsjes")},
        {QStringLiteral("children"), QStringLiteral("leave"), QStringLiteral("1"), QStringLiteral("--on"),
         QStringLiteral("2030-01-14"), QStringLiteral("--reason"), QStringLiteral("holiday")},
        {QStringLiteral("children"), QStringLiteral("frobnicate"), QStringLiteral("1")},
        {QStringLiteral("users"), QStringLiteral("frobnicate")},
    };
    for (const QStringList& arguments : wrong) {
        const Result result = asAdmin(arguments);
        EXPECT_EQ(result.code, 2) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                  << result.err.toStdString();
        EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
    }
    const Result help = run({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("children import FILE"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("users reset-password NAME"))) << help.out.toStdString();
}

TEST_F(OrganisationCommandLineTest, ImportsADutchExportWholeOrNotAtAll)
{
    setUpLocation();
    ASSERT_FALSE(HasFailure());
    const QByteArray header =
        "\xEF\xBB\xBFkindnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep;startdatum;"
        "wijk;thuistaal\r\n";
    const QByteArray good =
        "1001;Fenna;van der;Berg;03-04-2028;Rupsjes;01-09-2029;Moerwijk;Nederlands\r\n"
        "1002;Yusuf;;Demir;7-11-2027;Vlindertjes;1-9-2029;Moerwijk;\"Turks, Nederlands\"\r\n";
    writeFile(QStringLiteral("kinderen.csv"),
              header + good +
                  "1003;Lotte;de;Vries;12-02-2028;Kikkers;01-09-2029;;Nederlands\r\n"
                  "1004;Mees;;Bakker;31-02-2028;Rupsjes;01-09-2029;;Nederlands\r\n");
    const QStringList importFile = {QStringLiteral("children"), QStringLiteral("import"),
                                    path(QStringLiteral("kinderen.csv"))};
    const auto childrenList = [this] {
        return asAdmin({QStringLiteral("children"), QStringLiteral("list")}).out;
    };

    // Rejected lines are named by number and stop the whole file.
    const Result rejected = asAdmin(importFile);
    EXPECT_EQ(rejected.code, 1);
    EXPECT_EQ(rejected.err.count(QLatin1Char('\n')), 1) << rejected.err.toStdString();
    EXPECT_TRUE(rejected.out.contains(QStringLiteral("line 4: rejected"))) << rejected.out.toStdString();
    EXPECT_TRUE(rejected.out.contains(QStringLiteral("Kikkers"))) << rejected.out.toStdString();
    EXPECT_TRUE(rejected.out.contains(QStringLiteral("line 5: rejected"))) << rejected.out.toStdString();
    EXPECT_TRUE(rejected.out.contains(QStringLiteral("2 to add"))) << rejected.out.toStdString();
    EXPECT_TRUE(childrenList().contains(QStringLiteral("0 child")));

    // Corrected: --dry-run shows the additions and writes nothing.
    writeFile(QStringLiteral("kinderen.csv"),
              header + good +
                  "1003;Lotte;de;Vries;12-02-2028;Rupsjes;01-09-2029;;Nederlands\r\n"
                  "1004;Mees;;Bakker;28-02-2028;Rupsjes;01-09-2029;;Nederlands\r\n");
    const Result dryRun = asAdmin(importFile + QStringList{QStringLiteral("--dry-run")});
    expectOk(dryRun);
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("line 2: add Fenna van der Berg (Rupsjes)")))
        << dryRun.out.toStdString();
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("4 to add, 0 to update, 0 unchanged, 0 rejected")))
        << dryRun.out.toStdString();
    EXPECT_TRUE(childrenList().contains(QStringLiteral("0 child")));

    const Result written = asAdmin(importFile);
    expectOk(written);
    EXPECT_TRUE(written.out.contains(QStringLiteral("4 child"))) << written.out.toStdString();
    const QString list = childrenList();
    EXPECT_TRUE(list.contains(QStringLiteral("Fenna van der Berg"))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("4 child"))) << list.toStdString();

    // The same file again changes nothing.
    const Result again = asAdmin(importFile);
    expectOk(again);
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 to add, 0 to update, 4 unchanged, 0 rejected")))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Nothing to write"))) << again.out.toStdString();
}
