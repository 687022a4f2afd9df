#include "CoreFixture.h"
#include "Error.h"
#include "services/PartnerChanges.h"
#include "services/PartnerImport.h"
#include "store/PartnerStore.h"

using namespace kz;

namespace {

Partner library()
{
    Partner p;
    p.name = QStringLiteral("Bibliotheek Haagse Hout");
    p.categoryCode = QStringLiteral("language");
    p.postcode = QStringLiteral("2593 AN");
    p.city = QStringLiteral("Den Haag");
    p.phone = QStringLiteral("070 353 6900");
    p.minimumAge = 0;
    p.maximumAge = 12;
    p.serviceAreas = {QStringLiteral("Bezuidenhout"), QStringLiteral("Haagse Hout")};
    return p;
}

const FieldChange* changeOf(const ImportRow& row, const QString& field)
{
    for (const FieldChange& c : row.fieldChanges)
        if (c.field == field)
            return &c;
    return nullptr;
}

class PartnerImportChangesTest : public CoreFixture
{
};

} // namespace

TEST_F(PartnerImportChangesTest, ThePreviewShowsEachChangeFromWhatToWhat)
{
    const qint64 id = PartnerStore(db()).create(admin, library());
    const QByteArray file =
        "name,postcode,phone,wijk,minimum age,maximum age\n"
        "Bibliotheek Haagse Hout,2593AN,070 111 2222,\"Bezuidenhout;Haagse Hout;Mariahoeve & Marlot\",0,12\n";
    const ImportPreview preview = PartnerImport::preview(db(), managerA, file, QStringLiteral("kaart.csv"));
    ASSERT_EQ(preview.rows.size(), 1);
    const ImportRow& row = preview.rows.first();
    ASSERT_EQ(row.action, ImportRow::Action::Update);
    EXPECT_EQ(row.changes, (QStringList{QStringLiteral("phone"), QStringLiteral("wijken")}));
    const FieldChange* phone = changeOf(row, QStringLiteral("phone"));
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(phone->text(), QStringLiteral("phone: 070 353 6900 → 070 111 2222"));
    EXPECT_FALSE(phone->narrows);
    const FieldChange* areas = changeOf(row, QStringLiteral("wijken"));
    ASSERT_NE(areas, nullptr);
    EXPECT_EQ(areas->before, QStringLiteral("Bezuidenhout, Haagse Hout"));
    EXPECT_EQ(areas->after, QStringLiteral("Bezuidenhout, Haagse Hout, Mariahoeve & Marlot"));
    EXPECT_FALSE(areas->narrows) << "a wijk more is no narrowing";
    EXPECT_TRUE(preview.narrowings().isEmpty());

    // A wider import goes through without asking.
    PartnerImport::apply(db(), managerA, preview);
    EXPECT_EQ(PartnerStore(db()).get(managerA, id).serviceAreas.size(), 3);
}

TEST_F(PartnerImportChangesTest, NarrowingOrEmptyingAFieldIsWrittenOnlyWhenConfirmed)
{
    const qint64 id = PartnerStore(db()).create(admin, library());
    const QByteArray file = "name,postcode,phone,wijk,minimum age,maximum age\n"
                            "Bibliotheek Haagse Hout,2593AN,,Haagse Hout,2,12\n";
    const ImportPreview preview = PartnerImport::preview(db(), managerA, file, QStringLiteral("kaart.csv"));
    ASSERT_EQ(preview.rows.size(), 1);
    const ImportRow& row = preview.rows.first();
    ASSERT_EQ(row.action, ImportRow::Action::Update);
    const FieldChange* areas = changeOf(row, QStringLiteral("wijken"));
    ASSERT_NE(areas, nullptr);
    EXPECT_TRUE(areas->narrows);
    EXPECT_EQ(areas->removed, QStringList{QStringLiteral("Bezuidenhout")});
    EXPECT_EQ(areas->text(),
              QStringLiteral("wijken: Bezuidenhout, Haagse Hout → Haagse Hout (drops Bezuidenhout)"));
    const FieldChange* phone = changeOf(row, QStringLiteral("phone"));
    ASSERT_NE(phone, nullptr);
    EXPECT_TRUE(phone->narrows);
    EXPECT_EQ(phone->after, QStringLiteral("(empty)"));
    const FieldChange* ages = changeOf(row, QStringLiteral("ages"));
    ASSERT_NE(ages, nullptr);
    EXPECT_TRUE(ages->narrows);
    EXPECT_EQ(ages->text(), QStringLiteral("ages: 0 to 12 years → 2 to 12 years"));

    const QStringList narrowings = preview.narrowings();
    ASSERT_EQ(narrowings.size(), 3);
    EXPECT_TRUE(narrowings.first().startsWith(row.where + QStringLiteral(", Bibliotheek Haagse Hout: ")));

    // Not confirmed: refused, and nothing written.
    try {
        PartnerImport::apply(db(), managerA, preview);
        FAIL() << "a narrowing import went through unconfirmed";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Validation);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("drops Bezuidenhout")))
            << e.userMessage().toStdString();
    }
    EXPECT_EQ(PartnerStore(db()).get(managerA, id).serviceAreas.size(), 2);
    EXPECT_EQ(PartnerStore(db()).get(managerA, id).phone, QStringLiteral("070 353 6900"));

    PartnerImport::apply(db(), managerA, preview, PartnerImport::Narrowing::Confirmed);
    const Partner after = PartnerStore(db()).get(managerA, id);
    EXPECT_EQ(after.serviceAreas, QStringList{QStringLiteral("Haagse Hout")});
    EXPECT_TRUE(after.phone.isEmpty());
    EXPECT_EQ(after.minimumAge, 2);
}

TEST_F(PartnerImportChangesTest, ListsThatOnlyChangeOrderAreNoChange)
{
    Partner before = library();
    Partner after = before;
    after.serviceAreas = {QStringLiteral("haagse hout"), QStringLiteral("Bezuidenhout")};
    EXPECT_TRUE(PartnerChanges::between(before, after).isEmpty());
    after.serviceAreas.clear();
    const QList<FieldChange> emptied = PartnerChanges::between(before, after);
    ASSERT_EQ(emptied.size(), 1);
    EXPECT_TRUE(emptied.first().narrows);
    EXPECT_EQ(emptied.first().text(), QStringLiteral("wijken: Bezuidenhout, Haagse Hout → (empty)"));
}
