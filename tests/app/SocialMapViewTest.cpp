#include "socialmap/SocialMapView.h"

#include "AppFixture.h"
#include "Clock.h"
#include "children/ReferralDialog.h"
#include "services/PartnerFinder.h"
#include "shell/Session.h"
#include "socialmap/PartnerDialog.h"
#include "socialmap/PartnerFilterProxy.h"
#include "socialmap/PartnerImportDialog.h"
#include "store/ChildStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

using namespace kz;

class SocialMapViewTest : public AppFixture
{
protected:
    std::unique_ptr<Session> sessionOf(const QString& username)
    {
        return std::make_unique<Session>(Session{*m_db, login(username)});
    }
    static QStringList shownNames(const SocialMapView& view)
    {
        QStringList names;
        for (int row = 0; row < view.table()->model()->rowCount(); ++row)
            names << view.table()->model()->index(row, 0).data().toString();
        return names;
    }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
};

TEST_F(SocialMapViewTest, FiltersNarrowTheTableAndEveryShownPartnerFitsThem)
{
    const auto session = sessionOf(QStringLiteral("saskia"));
    SocialMapView view(*session);
    view.resize(1280, 720);
    view.show();
    const int all = view.visibleRows();
    ASSERT_EQ(all, 32);

    // The stadsdeel includes its wijken; a wijk includes partners for the whole stadsdeel.
    view.areaBox()->setCurrentIndex(view.areaBox()->findData(QStringLiteral("Mariahoeve & Marlot")));
    const int inWijk = view.visibleRows();
    EXPECT_GT(inWijk, 3);
    EXPECT_LT(inWijk, all);
    view.ageBox()->setValue(3);
    view.audienceBox()->setCurrentIndex(view.audienceBox()->findData(QStringLiteral("parents")));
    const int narrowed = view.visibleRows();
    EXPECT_GT(narrowed, 0);
    EXPECT_LE(narrowed, inWijk);

    const QStringList names = shownNames(view);
    for (const Partner& p : PartnerStore(*m_db).list(session->actor)) {
        if (!names.contains(p.name))
            continue;
        EXPECT_TRUE(p.minimumAge <= 3 && 3 <= p.maximumAge) << p.name.toStdString();
        EXPECT_TRUE(p.audience.contains(QStringLiteral("parents"))) << p.name.toStdString();
    }
    // The first shown partner's details are in the pane, with its freshness.
    EXPECT_TRUE(view.details()->toPlainText().contains(names.constFirst()));
    screenshot(&view, QStringLiteral("social-map-filtered-%1").arg(m_languages->language()));

    view.languageBox()->setCurrentIndex(view.languageBox()->findData(QStringLiteral("Arabisch")));
    EXPECT_EQ(shownNames(view), QStringList{QStringLiteral("Wijkz Servicepunt XL Mariahoeve")});

    view.filterEdit()->setText(QStringLiteral("geen partner heet zo"));
    EXPECT_EQ(view.visibleRows(), 0);
    view.filterEdit()->clear();
    for (QComboBox* box : {view.areaBox(), view.audienceBox(), view.languageBox()})
        box->setCurrentIndex(0);
    view.ageBox()->setValue(view.ageBox()->minimum());
    EXPECT_EQ(view.visibleRows(), all);

    view.staleBox()->setChecked(true);
    for (const Partner& p : PartnerStore(*m_db).list(session->actor))
        EXPECT_EQ(shownNames(view).contains(p.name), PartnerFinder::isStale(p, Clock::today(), 6))
            << p.name.toStdString();
}

TEST_F(SocialMapViewTest, APractitionerReadsButCannotKeepPartners)
{
    const auto session = sessionOf(QStringLiteral("fatima"));
    SocialMapView view(*session);
    view.show();
    EXPECT_FALSE(view.canKeep());
    EXPECT_EQ(view.visibleRows(), 32);
    for (const QString& text :
         {QStringLiteral("Nieuw"), QStringLiteral("Importeren"), QStringLiteral("Bewerken")}) {
        for (auto* button : view.findChildren<QAbstractButton*>()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(text)) {
                EXPECT_FALSE(button->isVisible()) << text.toStdString();
            }
        }
    }
    const QList<Partner> before = PartnerStore(*m_db).list(session->actor);
    view.verifyCurrent(); // does nothing; core would refuse it too
    EXPECT_EQ(PartnerStore(*m_db).list(session->actor).constFirst().assuredDate,
              before.constFirst().assuredDate);
}

TEST_F(SocialMapViewTest, AnImportIsPreviewedAndWrittenOnlyWhenAccepted)
{
    const auto session = sessionOf(QStringLiteral("saskia"));
    SocialMapView view(*session);
    view.resize(1200, 700);
    view.show();
    const QString path = writeFile(
        QStringLiteral("partners.csv"),
        QByteArray("\xEF\xBB\xBF") +
            QStringLiteral(
                "naam;categorie;wijk;postcode;telefoon;leeftijd van;leeftijd tot;omschrijving\r\n"
                "Peuterspeelgroep De Vlinder;Spel en cultuur;Mariahoeve & Marlot;2591 AB;070 123 4567;2;4;"
                "\"Spelen in kleine groepjes,\r\nook op woensdag\"\r\n"
                "Logopedie Ypenburg;logopedie;Ypenburg;2497 XX;;2;12;Nieuwe wijk\r\n"
                "Fout adres;welzijn;Bezuidenhout;12345;;5;2;Postcode en leeftijden kloppen niet\r\n")
                .toUtf8());

    QString summary;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<PartnerImportDialog*>(modal);
        if (!dialog) {
            auto* label = modal->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"));
            ADD_FAILURE() << "not the preview: " << (label ? label->text().toStdString() : std::string());
            modal->close();
            return;
        }
        summary = dialog->summaryText();
        EXPECT_EQ(dialog->table()->rowCount(), 3);
        // Rejections first, with their line.
        EXPECT_TRUE(dialog->table()->item(0, 0)->text().contains(QStringLiteral("5")))
            << "the quoted line break moves the third partner to line 5: "
            << dialog->table()->item(0, 0)->text().toStdString();
        dialog->resize(1100, 420);
        screenshot(dialog, QStringLiteral("social-map-import-preview-%1").arg(m_languages->language()));
        dialog->reject();
    });
    view.importFile(path);
    EXPECT_TRUE(summary.contains(QStringLiteral("2"))) << summary.toStdString();
    EXPECT_EQ(view.visibleRows(), 32) << "nothing is written when the preview is cancelled";

    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<PartnerImportDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->importButton()->click();
    });
    view.importFile(path);
    EXPECT_EQ(view.visibleRows(), 34);
    view.filterEdit()->setText(QStringLiteral("woensdag"));
    EXPECT_EQ(shownNames(view), QStringList{QStringLiteral("Peuterspeelgroep De Vlinder")});
    EXPECT_TRUE(view.details()->toPlainText().contains(QStringLiteral("070 123 4567")));
    view.areaBox()->setCurrentIndex(view.areaBox()->findData(QStringLiteral("Ypenburg")));
    EXPECT_GE(view.areaBox()->findData(QStringLiteral("Ypenburg")), 1)
        << "a new wijk becomes a filter choice";
}

TEST_F(SocialMapViewTest, AnUnreadableFileIsReportedAndNothingChanges)
{
    const auto session = sessionOf(QStringLiteral("saskia"));
    SocialMapView view(*session);
    const QString path = writeFile(QStringLiteral("broken.json"), QByteArray("{\"organizations\": 3}"));
    QString message;
    whenModal([&](QWidget* modal) {
        message = modal->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
        modal->close();
    });
    view.importFile(path);
    EXPECT_TRUE(message.contains(QStringLiteral("broken.json"))) << message.toStdString();
    EXPECT_EQ(view.visibleRows(), 32);
}

TEST_F(SocialMapViewTest, TheShownSelectionIsExported)
{
    const auto session = sessionOf(QStringLiteral("saskia"));
    SocialMapView view(*session);
    QString message;
    QObject::connect(&view, &SocialMapView::done, [&](const QString& text) { message = text; });
    view.categoryBox()->setCurrentIndex(view.categoryBox()->findData(QStringLiteral("speech_therapy")));
    const int shown = view.visibleRows();
    ASSERT_GT(shown, 0);
    const QString path = m_dir.filePath(QStringLiteral("logopedie.vcf"));
    ASSERT_TRUE(view.exportTo(PartnerExport::Format::VCard4, path, true));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("BEGIN:VCARD"), shown);
    EXPECT_TRUE(message.contains(QStringLiteral("logopedie.vcf")));
    EXPECT_FALSE(view.exportTo(PartnerExport::Format::Csv,
                               m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), false));
}

TEST_F(SocialMapViewTest, ThePartnerDialogKeepsWhatWasTypedWhenValidationFails)
{
    const auto session = sessionOf(QStringLiteral("saskia"));
    SocialMapView view(*session);
    view.show();
    QString firstError;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<PartnerDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->nameEdit()->setText(QStringLiteral("Speel-o-theek Bezuidenhout"));
        dialog->postcodeEdit()->setText(QStringLiteral("25961"));
        dialog->emailEdit()->setText(QStringLiteral("info@speelotheek"));
        dialog->accept();
        firstError = dialog->errorText();
        EXPECT_TRUE(dialog->isVisible());
        dialog->resize(720, 760);
        screenshot(dialog, QStringLiteral("social-map-partner-dialog-%1").arg(m_languages->language()));
        dialog->postcodeEdit()->setText(QStringLiteral("2596 AB"));
        dialog->emailEdit()->setText(QStringLiteral("info@speelotheek.example"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
    });
    view.newPartner();
    EXPECT_FALSE(firstError.isEmpty());
    EXPECT_EQ(view.visibleRows(), 33);
    ASSERT_NE(view.currentPartner(), nullptr);
    EXPECT_EQ(view.currentPartner()->name, QStringLiteral("Speel-o-theek Bezuidenhout"));
    EXPECT_EQ(view.currentPartner()->postcode, QStringLiteral("2596 AB"));
}

TEST_F(SocialMapViewTest, TheReferralDialogListsTheSuggestionsForTheNeedFirst)
{
    const auto session = sessionOf(QStringLiteral("fatima"));
    const ChildSummary child = ChildStore(*m_db).list(session->actor).constFirst();
    SupportNeed need;
    need.childId = child.child.id;
    need.domainId = 1; // taal
    need.description = QStringLiteral("Weinig woorden");
    need.signalledOn = Clock::today().addDays(-10);
    need.id = SupportNeedStore(*m_db).create(session->actor, need);

    ReferralDialog dialog(*session, need);
    dialog.resize(640, 560);
    const int suggested = dialog.suggestionCount();
    ASSERT_GT(suggested, 0);
    const QListWidgetItem* first = dialog.partnerList()->currentItem();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(dialog.partnerList()->row(first), 1) << "the best suggestion is chosen, below its heading";
    EXPECT_TRUE(first->text().contains(QLatin1Char('\n'))) << "with the reasons why it fits";
    screenshot(&dialog, QStringLiteral("referral-suggestions-%1").arg(m_languages->language()));

    dialog.filterEdit()->setText(QStringLiteral("Bibliotheek"));
    int visible = 0;
    for (int i = 0; i < dialog.partnerList()->count(); ++i)
        visible += dialog.partnerList()->item(i)->isHidden() ? 0 : 1;
    EXPECT_GE(visible, 2);
}
