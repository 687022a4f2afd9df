#include "children/CaseSummaryDialog.h"

#include "AppFixture.h"
#include "access/AuditLog.h"
#include "children/DossierView.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace kz;

class CaseSummaryDialogTest : public AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        useLanguage(QStringLiteral("en")); // the texts checked are the English ones
        m_session = std::make_unique<Session>(Session{*m_db, login(QStringLiteral("fatima"))});
        m_child = ChildStore(*m_db).list(m_session->actor).constFirst().child;
    }

    std::unique_ptr<Session> m_session;
    Child m_child;
};

TEST_F(CaseSummaryDialogTest, TheQuestionIsAnonymisedAndEachReplacementConfirmedBeforeSaving)
{
    CaseSummaryDialog dialog(*m_session, m_child.id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.questionEdit()->setPlainText(
        QStringLiteral("Hoe betrekken we %1 bij de kring? Sinds 12-01-2026 zit ze apart.")
            .arg(m_child.givenName));
    ASSERT_TRUE(
        dialog.saveTo(m_dir.filePath(QStringLiteral("first.txt")))); // the question typed last goes along
    const QString shown = dialog.preview()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("[child] bij de kring"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(m_child.givenName));
    EXPECT_FALSE(shown.contains(QStringLiteral("12-01-2026")));

    // Every replacement is listed and ticked; a date cannot be unticked.
    QListWidget* list = dialog.replacementList();
    ASSERT_GE(list->count(), 2);
    QListWidgetItem* name = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        EXPECT_EQ(item->checkState(), Qt::Checked);
        if (item->text().startsWith(QStringLiteral("12-01-2026"))) {
            EXPECT_FALSE(item->flags() & Qt::ItemIsEnabled);
        }
        if (item->text().startsWith(m_child.givenName + QStringLiteral(" →")))
            name = item;
    }
    screenshot(&dialog, QStringLiteral("case-for-intervisie"));
    ASSERT_NE(name, nullptr);
    name->setCheckState(Qt::Unchecked); // the practitioner keeps it (here only to see the effect)
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(m_child.givenName));

    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    ASSERT_TRUE(dialog.saveTo(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    const AuditEntry last = AuditLog::entries(*m_db, 1).constFirst();
    EXPECT_EQ(last.entity, QStringLiteral("case_summary"));
    EXPECT_TRUE(last.detail.contains(QStringLiteral("1 kept")));
}

TEST_F(CaseSummaryDialogTest, TheDossierOpensIt)
{
    DossierView view(*m_session);
    view.showChild(m_child.id);
    QPushButton* button = view.stepButton(QStringLiteral("case"));
    ASSERT_NE(button, nullptr);
    whenModal([](QWidget* w) {
        EXPECT_NE(qobject_cast<CaseSummaryDialog*>(w), nullptr);
        qobject_cast<QDialog*>(w)->reject();
    });
    button->click();
}
