#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "io/PartnerCsv.h"
#include "io/PartnerHsds.h"
#include "io/PartnerVCard.h"
#include "services/PartnerImport.h"
#include "store/PartnerStore.h"
#include "store/UserStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace kz;

namespace {

// Every field of a partner filled in, including the awkward characters.
Partner fullPartner(const QString& name)
{
    Partner p;
    p.name = name;
    p.description = QStringLiteral("Voorlezen, taal; \"spelletjes\"\nen meer");
    p.categoryCode = QStringLiteral("language");
    p.address = QStringLiteral("Theresiastraat 195");
    p.postcode = QStringLiteral("2593 AN");
    p.city = QStringLiteral("Den Haag");
    p.phone = QStringLiteral("070 353 6900");
    p.email = QStringLiteral("info@example.nl");
    p.website = QStringLiteral("https://www.example.nl/bieb");
    p.minimumAge = 2;
    p.maximumAge = 6;
    p.audience = {QStringLiteral("children"), QStringLiteral("parents")};
    p.languages = {QStringLiteral("Nederlands"), QStringLiteral("Arabisch")};
    p.serviceAreas = {QStringLiteral("Bezuidenhout"), QStringLiteral("Haagse Hout")};
    p.services = {QStringLiteral("Voorleesuurtje"), QStringLiteral("Taalcafé, voor ouders")};
    p.status = PartnerStatus::TemporarilyClosed;
    p.assuredDate = QDate(2026, 9, 1);
    p.assurer = QStringLiteral("Saskia de Wit");
    p.contacts = {{0, QStringLiteral("Marieke Jansen"), QStringLiteral("coördinator"),
                   QStringLiteral("06 1234 5678"), QStringLiteral("m.jansen@example.nl")},
                  {0, QStringLiteral("Intake"), QString(), QString(), QString()}};
    return p;
}

QString importError(const Database& db, const Actor& actor, const QByteArray& bytes)
{
    try {
        PartnerImport::preview(db, actor, bytes, QStringLiteral("test"));
    } catch (const Error& e) {
        return e.userMessage();
    }
    return {};
}

QList<Partner> withoutIds(QList<Partner> partners)
{
    for (Partner& p : partners) {
        p.id = 0;
        for (PartnerContact& c : p.contacts)
            c.id = 0;
    }
    return partners;
}

bool samePartner(const Partner& a, const Partner& b)
{
    auto x = withoutIds({a}).front();
    auto y = withoutIds({b}).front();
    x.serviceAreas.sort();
    y.serviceAreas.sort();
    return x.hsdsId == y.hsdsId && x.name == y.name && x.description == y.description &&
           x.categoryCode == y.categoryCode && x.address == y.address && x.postcode == y.postcode &&
           x.city == y.city && x.country == y.country && x.phone == y.phone && x.email == y.email &&
           x.website == y.website && x.minimumAge == y.minimumAge && x.maximumAge == y.maximumAge &&
           x.audience == y.audience && x.languages == y.languages && x.serviceAreas == y.serviceAreas &&
           x.services == y.services && x.status == y.status && x.assuredDate == y.assuredDate &&
           x.assurer == y.assurer && x.contacts.size() == y.contacts.size() &&
           std::equal(x.contacts.begin(), x.contacts.end(), y.contacts.begin(),
                      [](const PartnerContact& c, const PartnerContact& d) {
                          return c.name == d.name && c.role == d.role && c.phone == d.phone &&
                                 c.email == d.email;
                      });
}

class PartnerExchangeTest : public CoreFixture
{
protected:
    // A second, empty database, to prove what an export carries on its own.
    std::pair<std::unique_ptr<Database>, Actor> freshDatabase()
    {
        auto fresh = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("fresh.db"))));
        Actor actor =
            UserStore(*fresh).createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"), QString());
        return {std::move(fresh), actor};
    }
    QString hsdsDir() const { return QStringLiteral(KINDZICHT_HSDS_DIR); }
};

} // namespace

TEST_F(PartnerExchangeTest, DutchExcelFileShowsAPreviewAndWritesNothingUntilAccepted)
{
    const QByteArray file =
        "\xEF\xBB\xBF"
        "Naam;Categorie;Wijk;Stadsdeel;Postcode;Telefoon;E-mail;Leeftijd van;Leeftijd tot;Doelgroep;"
        "Talen;Contactpersoon;Omschrijving;Opmerking intern\r\n"
        "Taalhuis Bezuidenhout;Taal en lezen;Bezuidenhout-Oost;Haagse Hout;2593 AB;070 123 "
        "4567;taal@example.nl;"
        "18 maanden;3,5 jaar;ouders, kinderen;Nederlands, Turks;Marieke Jansen "
        "(coördinator);\"Taalles\r\nvoor ouders\";x\r\n"
        "Speel-o-theek Segbroek;Spelotheek;Vogelwijk;Segbroek;2555 AA;;;2;12;kinderen;Nederlands;;;\r\n"
        "Kapotte rij;Taal en lezen;;;;;geen-mail;;;;;;;\r\n"
        "Te kort;Taal\r\n";
    const int before = countRows(QStringLiteral("partners"));
    const int auditBefore = countRows(QStringLiteral("audit_log"));
    const ImportPreview preview = PartnerImport::preview(db(), managerA, file, QStringLiteral("kaart.csv"));
    EXPECT_EQ(countRows(QStringLiteral("partners")), before);
    EXPECT_EQ(countRows(QStringLiteral("audit_log")), auditBefore);

    EXPECT_EQ(preview.format, QStringLiteral("CSV"));
    EXPECT_EQ(preview.unknownColumns, QStringList{QStringLiteral("Opmerking intern")});
    ASSERT_EQ(preview.rows.size(), 4);
    EXPECT_EQ(preview.rows[0].action, ImportRow::Action::Add);
    EXPECT_EQ(preview.rows[1].action, ImportRow::Action::Add);
    EXPECT_EQ(preview.rows[2].action, ImportRow::Action::Reject);
    EXPECT_EQ(preview.rows[2].line, 5); // the quoted line break on line 2 counts
    EXPECT_TRUE(preview.rows[2].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("geen-mail")));
    EXPECT_EQ(preview.rows[3].action, ImportRow::Action::Reject);
    EXPECT_EQ(preview.rows[3].line, 6);
    // The unknown category and the new wijken are added, and shown as new.
    EXPECT_TRUE(preview.rows[1].newThings.join(QLatin1Char(' ')).contains(QStringLiteral("Spelotheek")));
    EXPECT_TRUE(
        preview.rows[0].newThings.join(QLatin1Char(' ')).contains(QStringLiteral("Bezuidenhout-Oost")));
    ASSERT_EQ(preview.newCategories.size(), 1);

    const Partner& taalhuis = preview.rows[0].partner;
    EXPECT_EQ(taalhuis.minimumAge, 1); // 18 months: in the second year
    EXPECT_EQ(taalhuis.maximumAge, 4); // up to 3.5 years: in the fourth
    EXPECT_EQ(taalhuis.audience, (QStringList{QStringLiteral("parents"), QStringLiteral("children")}));
    EXPECT_EQ(taalhuis.description, QStringLiteral("Taalles\nvoor ouders"));
    ASSERT_EQ(taalhuis.contacts.size(), 1);
    EXPECT_EQ(taalhuis.contacts[0].role, QStringLiteral("coördinator"));

    PartnerImport::apply(db(), managerA, preview);
    EXPECT_EQ(countRows(QStringLiteral("partners")), before + 2);
    const auto areas = PartnerStore(db()).areas();
    const auto oost = std::find_if(areas.begin(), areas.end(), [](const Area& a) {
        return a.name == QLatin1String("Bezuidenhout-Oost");
    });
    ASSERT_NE(oost, areas.end());
    EXPECT_EQ(oost->parent, QStringLiteral("Haagse Hout"));
    EXPECT_EQ(AuditLog::entries(db(), 1).front().action, QStringLiteral("import"));

    // The same file again: matched on name and postcode, nothing left to change.
    const ImportPreview again = PartnerImport::preview(db(), managerA, file, QStringLiteral("kaart.csv"));
    EXPECT_EQ(again.count(ImportRow::Action::Unchanged), 2);
    EXPECT_FALSE(again.hasChanges());
}

TEST_F(PartnerExchangeTest, UpdatesKeepWhatTheFileDoesNotCarryAndRejectDuplicatesInTheFile)
{
    PartnerStore store(db());
    const qint64 id = store.create(admin, fullPartner(QStringLiteral("Bibliotheek Haagse Hout")));
    const QByteArray file = "name,postcode,phone\n"
                            "Bibliotheek Haagse Hout,2593AN,070 111 2222\n"
                            "bibliotheek  haagse hout,2593 an,070 333 4444\n";
    const ImportPreview preview = PartnerImport::preview(db(), admin, file, QStringLiteral("f.csv"));
    ASSERT_EQ(preview.rows.size(), 2);
    EXPECT_EQ(preview.rows[0].action, ImportRow::Action::Update);
    EXPECT_EQ(preview.rows[0].changes, QStringList{QStringLiteral("phone")});
    EXPECT_EQ(preview.rows[1].action, ImportRow::Action::Reject);
    EXPECT_TRUE(preview.rows[1].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("line 2")));
    PartnerImport::apply(db(), admin, preview);
    const Partner updated = store.get(admin, id);
    EXPECT_EQ(updated.phone, QStringLiteral("070 111 2222"));
    EXPECT_EQ(updated.contacts.size(), 2); // no contact column: contacts kept
    EXPECT_EQ(updated.services.size(), 2);
}

TEST_F(PartnerExchangeTest, HostileFilesAreRefusedAndTheDatabaseIsUnchanged)
{
    const int partners = countRows(QStringLiteral("partners"));
    const int audit = countRows(QStringLiteral("audit_log"));
    EXPECT_EQ(importError(db(), admin, ""), QStringLiteral("The file is empty."));
    EXPECT_TRUE(importError(db(), admin, "naam\nA\n\"B\n").contains(QStringLiteral("line 3")));
    EXPECT_TRUE(importError(db(), admin, "naam\nA\xFF\n").contains(QStringLiteral("Line 2")));
    EXPECT_TRUE(importError(db(), admin, "plaats,telefoon\nDen Haag,070\n").contains(QStringLiteral("name")));
    EXPECT_TRUE(
        importError(db(), admin, "naam,omschrijving\nA,\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"\n")
            .contains(QStringLiteral("line 2")));
    EXPECT_TRUE(importError(db(), admin, "[{\"name\": \"A\"},\n{oops}]").contains(QStringLiteral("Line 2")));
    EXPECT_TRUE(importError(db(), admin, "{\"organizations\": []}").contains(QStringLiteral("$")));

    // JSON of the wrong shape inside: each organization rejected with its path.
    const ImportPreview shape = PartnerImport::preview(
        db(), admin,
        R"([{"name": 5}, 7, {"name": "B", "services": {"x": 1}}, {"name": "C", "services": [{"minimum_age": "two"}]}])",
        QStringLiteral("bad.json"));
    ASSERT_EQ(shape.rows.size(), 4);
    EXPECT_EQ(shape.count(ImportRow::Action::Reject), 4);
    EXPECT_TRUE(shape.rows[0].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("$[0].name")));
    EXPECT_TRUE(shape.rows[1].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("$[1]")));
    EXPECT_TRUE(shape.rows[2].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("$[2].services")));
    EXPECT_TRUE(shape.rows[3]
                    .reasons.join(QLatin1Char(' '))
                    .contains(QStringLiteral("$[3].services[0].minimum_age")));
    PartnerImport::apply(db(), admin, shape); // only rejections: nothing to write but the audit row

    // A batch that fails half-way leaves nothing behind.
    PartnerImportBatch batch;
    batch.added = {fullPartner(QStringLiteral("Goed")), fullPartner(QStringLiteral("Ook goed"))};
    batch.added[1].categoryCode = QStringLiteral("does_not_exist");
    EXPECT_THROW(PartnerStore(db()).importBatch(admin, batch), Error);
    EXPECT_EQ(countRows(QStringLiteral("partners")), partners);
    EXPECT_EQ(countRows(QStringLiteral("audit_log")), audit + 1);
}

TEST_F(PartnerExchangeTest, PractitionersReadTheMapButDoNotImport)
{
    EXPECT_NO_THROW(PartnerStore(db()).list(practitionerA1));
    try {
        PartnerImport::preview(db(), practitionerA1, "naam\nA\n", QStringLiteral("f.csv"));
        FAIL() << "a practitioner could import";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
    }
    const ImportPreview preview =
        PartnerImport::preview(db(), managerA, "naam\nA\n", QStringLiteral("f.csv"));
    EXPECT_THROW(PartnerImport::apply(db(), practitionerA1, preview), Error);
    EXPECT_THROW(PartnerStore(db()).markVerified(practitionerA1, 1), Error);
}

TEST_F(PartnerExchangeTest, CsvRoundTripKeepsEveryField)
{
    PartnerStore store(db());
    store.create(admin, fullPartner(QStringLiteral("Bibliotheek Haagse Hout")));
    Partner minimal;
    minimal.name = QStringLiteral("Alleen een naam");
    minimal.categoryCode = QStringLiteral("welfare");
    store.create(admin, minimal);
    Partner abroad = fullPartner(QStringLiteral("Kind en Gezin Antwerpen"));
    abroad.country = QStringLiteral("BE");
    abroad.postcode = QStringLiteral("2000");
    store.create(admin, abroad);
    const QList<Partner> original = store.list(admin);

    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const QByteArray csv = PartnerCsv::write(original, store.categories(), store.areas(), language);
        // Into the same database: every row matches and nothing differs.
        const ImportPreview same = PartnerImport::preview(db(), admin, csv, QStringLiteral("export.csv"));
        EXPECT_EQ(same.count(ImportRow::Action::Unchanged), original.size()) << language.toStdString();

        // Into an empty database: the same partners, and the same file out again.
        auto [fresh, actor] = freshDatabase();
        const ImportPreview preview =
            PartnerImport::preview(*fresh, actor, csv, QStringLiteral("export.csv"));
        ASSERT_EQ(preview.count(ImportRow::Action::Add), original.size());
        PartnerImport::apply(*fresh, actor, preview);
        PartnerStore freshStore(*fresh);
        const QList<Partner> copy = freshStore.list(actor);
        ASSERT_EQ(copy.size(), original.size());
        for (qsizetype i = 0; i < copy.size(); ++i)
            EXPECT_TRUE(samePartner(original[i], copy[i])) << original[i].name.toStdString();
        fresh.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("fresh.db")));
    }
}

TEST_F(PartnerExchangeTest, HsdsRoundTripKeepsEveryField)
{
    PartnerStore store(db());
    store.create(admin, fullPartner(QStringLiteral("Bibliotheek Haagse Hout")));
    Partner minimal;
    minimal.name = QStringLiteral("Alleen een naam");
    minimal.categoryCode = QStringLiteral("welfare");
    store.create(admin, minimal);
    const QList<Partner> original = store.list(admin);
    const QByteArray json = PartnerHsds::write(original, store.categories());

    auto [fresh, actor] = freshDatabase();
    const ImportPreview preview = PartnerImport::preview(*fresh, actor, json, QStringLiteral("export.json"));
    EXPECT_EQ(preview.format, QStringLiteral("HSDS"));
    ASSERT_EQ(preview.count(ImportRow::Action::Add), original.size());
    PartnerImport::apply(*fresh, actor, preview);
    const QList<Partner> copy = PartnerStore(*fresh).list(actor);
    ASSERT_EQ(copy.size(), original.size());
    for (qsizetype i = 0; i < copy.size(); ++i)
        EXPECT_TRUE(samePartner(original[i], copy[i])) << original[i].name.toStdString();
    EXPECT_EQ(PartnerHsds::write(copy, PartnerStore(*fresh).categories()), json);
}

TEST_F(PartnerExchangeTest, TheOfficialHsdsExampleImports)
{
    QFile example(hsdsDir() + QStringLiteral("/examples/organization_full.json"));
    if (!example.exists())
        GTEST_SKIP() << "HSDS examples not found at " << hsdsDir().toStdString();
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    const ImportPreview preview =
        PartnerImport::preview(db(), admin, example.readAll(), QStringLiteral("example"));
    ASSERT_EQ(preview.rows.size(), 1);
    const ImportRow& row = preview.rows.front();
    EXPECT_EQ(row.action, ImportRow::Action::Add) << row.reasons.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(row.partner.name, QStringLiteral("Example Organization Inc."));
    EXPECT_EQ(row.partner.hsdsId, QStringLiteral("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"));
    EXPECT_EQ(row.partner.phone, QStringLiteral("+44 1234 234567"));
    EXPECT_EQ(row.partner.country, QStringLiteral("US"));
    EXPECT_EQ(row.partner.minimumAge, 12);
    EXPECT_EQ(row.partner.languages, QStringList{QStringLiteral("Urdu")});
    EXPECT_EQ(row.partner.categoryCode, QStringLiteral("other"));
    EXPECT_EQ(row.partner.contacts.size(), 1);
    PartnerImport::apply(db(), admin, preview);
    EXPECT_EQ(PartnerStore(db()).list(admin).size(), 1);
}

TEST_F(PartnerExchangeTest, EveryExportedOrganizationValidatesAgainstTheOfficialSchema)
{
    const QString schema = hsdsDir() + QStringLiteral("/schema/compiled/organization.json");
    if (!QFile::exists(schema))
        GTEST_SKIP() << "HSDS schema not found at " << schema.toStdString();
    PartnerStore store(db());
    store.create(admin, fullPartner(QStringLiteral("Bibliotheek Haagse Hout")));
    Partner minimal;
    minimal.name = QStringLiteral("Alleen een naam");
    minimal.categoryCode = QStringLiteral("welfare");
    store.create(admin, minimal);
    Partner noScheme = fullPartner(QStringLiteral("Zonder https"));
    noScheme.website = QStringLiteral("www.example.nl");
    store.create(admin, noScheme);
    const QString exportPath = m_dir.filePath(QStringLiteral("export.json"));
    QFile out(exportPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(PartnerHsds::write(store.list(admin), store.categories()));
    out.close();

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(KINDZICHT_TEST_DATA "/validate_hsds.py"), schema, exportPath});
    ASSERT_TRUE(python.waitForFinished(120000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
    ASSERT_NE(python.exitCode(), 2) << "install python3-jsonschema (installer/setup.sh does)";
    EXPECT_EQ(python.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("3 organizations, 0 errors"))) << output.toStdString();
}

TEST_F(PartnerExchangeTest, VCardsEscapeFoldAndCarryEachContact)
{
    PartnerStore store(db());
    store.create(admin, fullPartner(QStringLiteral("Bibliotheek; Haagse Hout, Den Haag")));
    const QList<Partner> partners = store.list(admin);
    const QString v4 = QString::fromUtf8(PartnerVCard::write(partners, store.categories()));
    EXPECT_EQ(v4.count(QStringLiteral("BEGIN:VCARD")), 3); // the organisation and two contacts
    EXPECT_TRUE(v4.contains(QStringLiteral("VERSION:4.0\r\nKIND:org")));
    EXPECT_TRUE(v4.contains(QStringLiteral("FN:Bibliotheek\\; Haagse Hout\\, Den Haag\r\n")));
    EXPECT_TRUE(v4.contains(QStringLiteral("TITLE:coördinator")));
    EXPECT_TRUE(v4.contains(QStringLiteral("N:Jansen;Marieke;;;")));
    for (const QString& line : v4.split(QStringLiteral("\r\n")))
        EXPECT_LE(line.toUtf8().size(), 75) << line.toStdString();
    // The folded description unfolds to the escaped original.
    QString unfolded = v4;
    unfolded.replace(QStringLiteral("\r\n "), QString());
    EXPECT_TRUE(unfolded.contains(QStringLiteral("NOTE:Voorlezen\\, taal\\; \"spelletjes\"\\nen meer\r\n")));

    const QString v3 =
        QString::fromUtf8(PartnerVCard::write(partners, store.categories(), PartnerVCard::Version::V3));
    EXPECT_TRUE(v3.contains(QStringLiteral("VERSION:3.0")));
    EXPECT_FALSE(v3.contains(QStringLiteral("KIND:")));
    EXPECT_TRUE(v3.contains(QStringLiteral("TEL;TYPE=WORK,VOICE:070 353 6900")));

    // A fold never splits a UTF-8 character.
    const QByteArray folded =
        PartnerVCard::fold(QString(QStringLiteral("NOTE:") + QString(100, QChar(0x00E9))).toUtf8());
    EXPECT_TRUE(QString::fromUtf8(folded).contains(QChar(0x00E9)));
    EXPECT_FALSE(QString::fromUtf8(folded).contains(QChar::ReplacementCharacter));
}
