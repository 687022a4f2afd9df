#include "AppFixture.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "children/NeedStepDialog.h"
#include "children/ObservationDialog.h"
#include "domain/NeedLevel.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/SupportNeedStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kz;

class KeyboardTest : public AppFixture
{
protected:
    // A child of the actor with an open support need (the dossier's step buttons need one).
    qint64 childWithNeed(const Actor& actor) const
    {
        for (const ChildSummary& s : ChildStore(*m_db).list(actor))
            if (s.openNeeds > 0)
                return s.child.id;
        return 0;
    }
    // A first-name prefix that only this child of the actor's has.
    static QString uniquePrefix(const QList<ChildSummary>& children, const ChildSummary& child)
    {
        for (qsizetype length = 3; length <= child.child.givenName.size(); ++length) {
            const QString prefix = child.child.givenName.left(length);
            int matches = 0;
            for (const ChildSummary& s : children)
                matches += s.child.fullName().contains(prefix, Qt::CaseInsensitive) ? 1 : 0;
            if (matches == 1)
                return prefix;
        }
        return {};
    }
    static QChar mnemonicOf(const QAbstractButton* button)
    {
        const QString text = button->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text[at + 1].toLower() : QChar();
    }
};

// From the list: the name typed in the filter, Enter (one match), Ctrl+N, Alt+letter for the domain,
// the text, Ctrl+Enter. Four keys besides the typing.
TEST_F(KeyboardTest, AnObservationWithADomainTakesFourKeysFromTheList)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        const Session session{*m_db, login(QStringLiteral("fatima"))};
        MainWindow window(session, *m_languages, *m_settings);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QList<ChildSummary> children = ChildStore(*m_db).list(session.actor);
        const ChildSummary& child = children.at(3);
        const QString prefix = uniquePrefix(children, child);
        ASSERT_FALSE(prefix.isEmpty());
        const int before =
            static_cast<int>(ObservationStore(*m_db).forChild(session.actor, child.child.id).size());

        int keys = 0;
        ChildrenView* list = window.childrenView();
        list->filterEdit()->setFocus();
        QTest::keyClicks(list->filterEdit(), prefix);
        QTest::keyClick(list->filterEdit(), Qt::Key_Return); // 1: the only match is chosen
        ++keys;
        EXPECT_EQ(list->currentChildId(), child.child.id);
        EXPECT_TRUE(list->table()->hasFocus());

        QString chipText;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ObservationDialog*>(modal);
            ASSERT_NE(dialog, nullptr);
            EXPECT_EQ(dialog->childBox()->currentData().toLongLong(), child.child.id);
            EXPECT_TRUE(dialog->textEdit()->hasFocus());
            QAbstractButton* chip = dialog->domainButton(QStringLiteral("language"));
            ASSERT_NE(chip, nullptr);
            chipText = chip->text();
            const QChar letter = mnemonicOf(chip);
            ASSERT_TRUE(letter.isLetter() && letter.unicode() < 128) << chipText.toStdString();
            QTest::keyClick(QApplication::focusWidget(), letter.toLatin1(), Qt::AltModifier); // 3: the domain
            ++keys;
            EXPECT_TRUE(chip->isChecked());
            EXPECT_TRUE(dialog->textEdit()->hasFocus()) << "the domain's letter keeps the focus in the text";
            QTest::keyClicks(dialog->textEdit(), QStringLiteral("Vertelde zelf over het weekend"));
            screenshot(dialog, QStringLiteral("observation-by-keyboard-") + language);
            QTest::keyClick(dialog->textEdit(), Qt::Key_Return, Qt::ControlModifier); // 4: saved
            ++keys;
        });
        QTest::keyClick(list->table(), Qt::Key_N, Qt::ControlModifier); // 2: the dialog, about this child
        ++keys;
        EXPECT_LE(keys, 5);
        const QList<Observation> after = ObservationStore(*m_db).forChild(session.actor, child.child.id);
        ASSERT_EQ(after.size(), before + 1) << language.toStdString();
        bool found = false;
        for (const Observation& o : after)
            found = found ||
                    (o.body == QStringLiteral("Vertelde zelf over het weekend") && o.domainIds.size() == 1);
        EXPECT_TRUE(found) << chipText.toStdString();
    }
    useLanguage(QStringLiteral("nl"));
}

TEST_F(KeyboardTest, DownLeavesTheFilterAndCtrlNTakesTheOnlyChildLeft)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ChildrenView* list = window.childrenView();
    list->filterEdit()->setFocus();
    QTest::keyClick(list->filterEdit(), Qt::Key_Down);
    EXPECT_TRUE(list->table()->hasFocus());
    EXPECT_GT(list->currentChildId(), 0);

    // One child left by the filter, nothing chosen: Ctrl+N is about that child.
    const QList<ChildSummary> children = ChildStore(*m_db).list(session.actor);
    qsizetype only = 5;
    while (only < children.size() && uniquePrefix(children, children.at(only)).isEmpty())
        ++only;
    ASSERT_LT(only, children.size());
    const QString prefix = uniquePrefix(children, children.at(only));
    list->table()->clearSelection();
    list->table()->setCurrentIndex({});
    list->filterEdit()->setFocus();
    QTest::keyClicks(list->filterEdit(), prefix);
    ASSERT_EQ(list->visibleRows(), 1);
    qint64 chosen = -1;
    whenModal([&](QWidget* modal) {
        chosen = qobject_cast<ObservationDialog*>(modal)->childBox()->currentData().toLongLong();
        static_cast<QDialog*>(modal)->done(QDialog::Rejected);
    });
    QTest::keyClick(list->filterEdit(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(chosen, children.at(only).child.id);
}

TEST_F(KeyboardTest, TheChildIsPickedByPartOfTheNameAndEnter)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    const QList<ChildSummary> children = ChildStore(*m_db).list(session.actor);
    const QString prefix = uniquePrefix(children, children.at(2));
    ObservationDialog dialog(session, 0);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.childBox()->lineEdit()->hasFocus());
    QTest::keyClicks(dialog.childBox()->lineEdit(), prefix);
    QWidget* popup = dialog.childBox()->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(dialog.childBox()->currentData().toLongLong(), children.at(2).child.id);
    EXPECT_EQ(dialog.childBox()->currentText(),
              dialog.childBox()->itemText(dialog.childBox()->currentIndex()));
}

TEST_F(KeyboardTest, TheDomainsAreOneTabStopWithArrowKeys)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    ObservationDialog dialog(session, 0);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QAbstractButton* first = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
    ASSERT_NE(first, nullptr);
    EXPECT_FALSE(first->property("domainCode").toString().isEmpty());
    QTest::keyClick(first, Qt::Key_Right);
    QWidget* second = QApplication::focusWidget();
    EXPECT_NE(second, first);
    EXPECT_FALSE(second->property("domainCode").toString().isEmpty());
    QTest::keyClick(second, Qt::Key_Space);
    EXPECT_TRUE(static_cast<QAbstractButton*>(second)->isChecked());
    QTest::keyClick(second, Qt::Key_Tab); // past the other chips, to "goes well"
    EXPECT_TRUE(QApplication::focusWidget()->property("domainCode").toString().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), dialog.strengthButton());
    // Every chip has a letter of its own, none taken by the dialog's other texts.
    QSet<QChar> letters;
    for (const QString& code :
         {QStringLiteral("language"), QStringLiteral("behaviour"), QStringLiteral("other")})
        if (QAbstractButton* chip = dialog.domainButton(code)) {
            const QChar letter = mnemonicOf(chip);
            EXPECT_FALSE(letter.isNull()) << chip->text().toStdString();
            EXPECT_FALSE(letters.contains(letter));
            letters.insert(letter);
        }
}

TEST_F(KeyboardTest, BackFromTheDossierByAltLeftAndBackspaceInEveryLanguage)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        const Session session{*m_db, login(QStringLiteral("fatima"))};
        MainWindow window(session, *m_languages, *m_settings);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const qint64 child = childWithNeed(session.actor);
        for (const auto& [key, modifier] :
             {std::pair{Qt::Key_Left, Qt::AltModifier}, std::pair{Qt::Key_Backspace, Qt::NoModifier}}) {
            window.openDossier(child);
            ASSERT_EQ(window.currentWorkspace(), MainWindow::Dossier);
            window.dossierView()->needsTable()->setFocus();
            QTest::keyClick(QApplication::focusWidget(), key, modifier);
            EXPECT_EQ(window.currentWorkspace(), MainWindow::Children)
                << language.toStdString() << " key " << key;
        }
    }
    useLanguage(QStringLiteral("nl"));
}

TEST_F(KeyboardTest, FocusReturnsToTheStepButtonAfterItsDialog)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.openDossier(childWithNeed(session.actor));
    DossierView* dossier = window.dossierView();
    for (const QString& name :
         {QStringLiteral("parents"), QStringLiteral("level"), QStringLiteral("refer")}) {
        QPushButton* button = dossier->stepButton(name);
        ASSERT_TRUE(button->isEnabled()) << name.toStdString();
        button->setFocus();
        whenModal([](QWidget* modal) { static_cast<QDialog*>(modal)->done(QDialog::Rejected); });
        QTest::keyClick(button, Qt::Key_Space);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        EXPECT_EQ(window.focusWidget(), button) << name.toStdString();
    }
    // Also when the step was taken and the dossier reloaded underneath.
    QPushButton* parents = dossier->stepButton(QStringLiteral("parents"));
    parents->setFocus();
    whenModal([](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Return, Qt::ControlModifier); });
    QTest::keyClick(parents, Qt::Key_Space);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(window.focusWidget(), parents) << window.focusWidget()->metaObject()->className() << " "
                                             << window.focusWidget()->objectName().toStdString();
}

TEST_F(KeyboardTest, StepDialogsAcceptCtrlEnterNameLevelsAndLeaveDatesOnTab)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    SupportNeed need;
    need.id = 0;
    need.childId = childWithNeed(session.actor);
    need.level = 2;
    NeedStepDialog create(session, NeedStepDialog::Step::Create, need);
    for (int i = 0; i < create.levelBox()->count(); ++i)
        EXPECT_EQ(create.levelBox()->itemText(i), NeedLevel::label(i + 1));
    EXPECT_EQ(create.chosenLevel(), 2);
    create.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&create));
    auto* date = create.findChild<QDateEdit*>();
    ASSERT_NE(date, nullptr);
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Tab);
    EXPECT_FALSE(date->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == date)
        << "Tab leaves the date field instead of walking day, month, year";
    screenshot(&create, QStringLiteral("need-step-levels-in-words"));

    SupportNeed open;
    for (const SupportNeed& n : SupportNeedStore(*m_db).forChild(session.actor, need.childId))
        if (n.status != NeedStatus::Closed)
            open = n;
    NeedStepDialog parents(session, NeedStepDialog::Step::ParentsInformed, open);
    parents.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&parents));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(parents.result(), QDialog::Accepted) << parents.errorText().toStdString();
}
