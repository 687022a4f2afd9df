#include "AppFixture.h"
#include "children/DossierView.h"
#include "db/SqlQuery.h"
#include "handover/HandoverConsentPage.h"
#include "handover/HandoverWizard.h"
#include "handover/ReceiptDialog.h"
#include "shell/Session.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace kz;

// Dates, domain names and buttons follow the interface language, not the language the data was
// written in.
class LanguageGuiTest : public AppFixture
{
protected:
    qint64 childWithDraft() const
    {
        SqlQuery q(*m_db, QStringLiteral("SELECT child_id FROM handovers WHERE consent_state = 'given'"));
        q.exec();
        return q.next() ? q.value(0).toLongLong() : 0;
    }
};

TEST_F(LanguageGuiTest, TheConsentDateAndTheReceiptDateAreWrittenTheInterfaceLanguagesWay)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    for (const auto& [language, format] : {std::pair{QStringLiteral("en"), QStringLiteral("dd/MM/yyyy")},
                                           std::pair{QStringLiteral("nl"), QStringLiteral("dd-MM-yyyy")}}) {
        useLanguage(language);
        HandoverWizard wizard(session, childWithDraft());
        wizard.show();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), HandoverWizard::ConsentPageId);
        auto* date = wizard.currentPage()->findChild<QDateEdit*>();
        ASSERT_NE(date, nullptr);
        EXPECT_EQ(date->displayFormat(), format) << language.toStdString();
        EXPECT_EQ(date->text(), QLocale().toString(date->date(), format));

        ReceiptDialog receipt(QStringLiteral("Version 1"), QDate(2026, 11, 2));
        EXPECT_EQ(receipt.findChild<QDateEdit*>()->displayFormat(), format) << language.toStdString();
    }
}

TEST_F(LanguageGuiTest, TheContentPageNamesTheDomainsInTheInterfaceLanguage)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    HandoverWizard wizard(session, childWithDraft());
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), HandoverWizard::ContentPageId);
    QStringList labels;
    for (const QLabel* label : wizard.currentPage()->findChildren<QLabel*>())
        labels.append(label->text());
    const QString all = labels.join(QLatin1Char('|'));
    SqlQuery q(*m_db, QStringLiteral("SELECT label_nl, label_en FROM domains"));
    q.exec();
    int english = 0;
    while (q.next()) {
        EXPECT_FALSE(all.contains(q.value(0).toString() + QLatin1Char(':'))) << all.toStdString();
        english += all.contains(q.value(1).toString() + QLatin1Char(':')) ? 1 : 0;
    }
    EXPECT_GE(english, 1) << all.toStdString();
    screenshot(&wizard, QStringLiteral("handover-content-en"));
}

TEST_F(LanguageGuiTest, TheAccessRequestButtonIsTranslatable)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    DossierView dossier(session);
    dossier.showChild(childWithDraft());
    auto* inzage = dossier.findChild<QPushButton*>(QStringLiteral("inzage"));
    ASSERT_NE(inzage, nullptr);
    EXPECT_EQ(inzage->text(), QStringLiteral("&Access request..."));
}
