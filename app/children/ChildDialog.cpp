#include "ChildDialog.h"

#include "Clock.h"
#include "DateEdits.h"
#include "Error.h"
#include "GuardiansEditor.h"
#include "common/EditConflictDialog.h"
#include "common/PresenceNote.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

QStringList splitLanguages(const QString& text)
{
    QStringList languages;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            languages.append(part.trimmed());
    return languages;
}

} // namespace

ChildDialog::ChildDialog(const Session& session, qint64 childId, QWidget* parent)
    : QDialog(parent), m_session(session), m_given(new QLineEdit(this)), m_family(new QLineEdit(this)),
      m_birth(makeDateEdit(this, std::nullopt)), m_group(new QComboBox(this)), m_groupHint(new QLabel(this)),
      m_start(makeDateEdit(this, Clock::today())), m_neighbourhood(new QComboBox(this)),
      m_languages(new QLineEdit(this)), m_ve(makeDateEdit(this, std::nullopt)),
      m_external(new QLineEdit(this)), m_guardians(new GuardiansEditor(this)), m_error(new QLabel(this))
{
    setWindowTitle(childId ? tr("Child's details") : tr("Enrol a child"));
    m_family->setToolTip(tr("With the tussenvoegsel: \"van der Berg\""));
    m_neighbourhood->setEditable(true);
    m_neighbourhood->setInsertPolicy(QComboBox::NoInsert);
    m_languages->setPlaceholderText(tr("for example: Dutch, Arabic"));
    m_ve->setToolTip(tr("The date of the VE indication from the consultatiebureau; leave it \"not set\" when "
                        "there is none."));
    m_external->setPlaceholderText(tr("optional"));
    m_external->setToolTip(tr("The child number in the administration system; imports match on it."));
    m_groupHint->setWordWrap(true);
    m_groupHint->setStyleSheet(QStringLiteral("color: #555;"));
    m_groupHint->hide();
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    fillNeighbourhoods();

    if (childId) {
        m_child = ChildStore(session.db).get(session.actor, childId);
        m_guardians->setGuardians(GuardianStore(session.db).list(session.actor, childId));
        showChild(m_child);
    } else {
        fillGroups();
        m_neighbourhood->setCurrentText(QString());
    }
    connect(m_languages, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_guardians->setLanguages(splitLanguages(text)); });
    m_guardians->setLanguages(splitLanguages(m_languages->text()));

    auto* form = new QFormLayout;
    form->addRow(tr("&Given name"), m_given);
    form->addRow(tr("&Family name"), m_family);
    form->addRow(tr("&Birth date"), m_birth);
    form->addRow(tr("&Group"), m_group);
    form->addRow(QString(), m_groupHint);
    form->addRow(tr("&Start date"), m_start);
    form->addRow(tr("&Wijk"), m_neighbourhood);
    form->addRow(tr("&Home languages"), m_languages);
    form->addRow(tr("&VE indication since"), m_ve);
    form->addRow(tr("&Child number"), m_external);
    auto* guardiansTitle = new QLabel(tr("&Parents and guardians"), this);
    QFont bold = guardiansTitle->font();
    bold.setBold(true);
    guardiansTitle->setFont(bold);
    guardiansTitle->setBuddy(m_guardians->table());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChildDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &ChildDialog::accept);

    auto* layout = new QVBoxLayout(this);
    if (childId)
        layout->addWidget(new PresenceNote(session, childId, this));
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(guardiansTitle);
    layout->addWidget(m_guardians, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 640);
}

void ChildDialog::fillGroups()
{
    m_group->clear();
    for (const Group& g : OrganisationStore(m_session.db).groups(m_session.actor))
        m_group->addItem(g.name + QStringLiteral(" · ") + g.locationName, g.id);
    m_group->setCurrentIndex(m_group->count() == 1 ? 0 : -1);
    m_group->setPlaceholderText(tr("Choose a group"));
}

void ChildDialog::fillNeighbourhoods()
{
    QStringList names;
    for (const Area& a : PartnerStore(m_session.db).areas())
        names.append(a.name);
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    m_neighbourhood->addItems(names);
}

void ChildDialog::showChild(const Child& child)
{
    m_given->setText(child.givenName);
    m_family->setText(child.familyName);
    setDateOf(m_birth, child.birthDate);
    // A correction keeps the group; moving is its own step with its own history.
    m_group->clear();
    m_group->addItem(OrganisationStore(m_session.db).group(m_session.actor, child.groupId).name,
                     child.groupId);
    m_group->setEnabled(false);
    m_groupHint->setText(
        tr("To change the group, use Move to another group: the move is kept in the child's history."));
    m_groupHint->show();
    setDateOf(m_start, child.startDate);
    m_neighbourhood->setCurrentText(child.neighbourhood);
    m_languages->setText(child.homeLanguages);
    setDateOf(m_ve, child.veIndicationDate);
    m_external->setText(child.externalNumber);
}

Child ChildDialog::current() const
{
    Child c = m_child;
    c.givenName = m_given->text().trimmed();
    c.familyName = m_family->text().trimmed();
    c.birthDate = dateOf(m_birth).value_or(QDate());
    c.groupId = m_group->currentData().toLongLong();
    c.startDate = dateOf(m_start).value_or(QDate());
    c.neighbourhood = m_neighbourhood->currentText().trimmed();
    c.homeLanguages = splitLanguages(m_languages->text()).join(QStringLiteral(", "));
    c.veIndicationDate = dateOf(m_ve);
    c.externalNumber = m_external->text().trimmed();
    return c;
}

QString ChildDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChildDialog::accept()
{
    const Child child = current();
    try {
        ChildStore store(m_session.db);
        if (m_child.id == 0) {
            m_child.id = store.create(m_session.actor, child);
            // Enrolled: a refusal of a guardian below must not enrol the child a second time.
            m_child = store.get(m_session.actor, m_child.id);
            setWindowTitle(tr("Child's details"));
        } else {
            store.update(m_session.actor, child, m_overwrite);
            m_overwrite = Overwrite::No;
            // The new version: a refused guardian below must not make the next save a conflict.
            m_child = store.get(m_session.actor, m_child.id);
        }
        m_guardians->save(m_session, m_child.id);
        QDialog::accept();
    } catch (const EditConflictError& e) {
        resolveConflict(e, child);
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

QString ChildDialog::describe(const Child& child) const
{
    const QLocale locale;
    const auto date = [&](const std::optional<QDate>& d) {
        return d && d->isValid() ? locale.toString(*d, QLocale::ShortFormat) : QString();
    };
    return tr("Given name: %1\nFamily name: %2\nBirth date: %3\nStart date: %4\nNeighbourhood: %5\n"
              "Home languages: %6\nVE indication: %7\nChild number: %8")
        .arg(child.givenName, child.familyName, date(child.birthDate), date(child.startDate),
             child.neighbourhood, child.homeLanguages, date(child.veIndicationDate), child.externalNumber);
}

void ChildDialog::resolveConflict(const EditConflictError& error, const Child& mine)
{
    m_error->setText(error.userMessage());
    m_error->show();
    if (error.conflict().table == QLatin1String("guardians"))
        return resolveGuardianConflict(error);
    const Child theirs = ChildStore(m_session.db).get(m_session.actor, mine.id);
    switch (EditConflictDialog::ask(error, describe(mine), describe(theirs), this)) {
    case EditConflictDialog::Choice::KeepMine:
        m_child.version = error.conflict().currentVersion;
        m_overwrite = Overwrite::Yes;
        accept();
        return;
    case EditConflictDialog::Choice::StartFromTheirs:
        m_child = theirs;
        m_overwrite = Overwrite::No;
        showChild(theirs);
        m_error->hide();
        return;
    case EditConflictDialog::Choice::BackToEditing:
        return;
    }
}

QString ChildDialog::describe(const Guardian& guardian) const
{
    return tr("Name: %1\nRelation: %2\nLanguage: %3\nInterpreter needed: %4\nPhone: %5\nEmail: %6")
        .arg(guardian.name, guardian.relation, guardian.preferredLanguage,
             guardian.interpreterNeeded ? tr("yes") : tr("no"), guardian.phone, guardian.email);
}

// The child's details were saved; one of the parents' rows was changed elsewhere meanwhile.
void ChildDialog::resolveGuardianConflict(const EditConflictError& error)
{
    const qint64 id = error.conflict().rowId;
    const std::optional<Guardian> mine = m_guardians->typed(id);
    std::optional<Guardian> theirs;
    for (const Guardian& g : GuardianStore(m_session.db).list(m_session.actor, m_child.id))
        if (g.id == id)
            theirs = g;
    if (!mine || !theirs)
        return;
    switch (EditConflictDialog::ask(error, describe(*mine), describe(*theirs), this)) {
    case EditConflictDialog::Choice::KeepMine:
        m_guardians->keepMine(id, error.conflict().currentVersion);
        accept();
        return;
    case EditConflictDialog::Choice::StartFromTheirs:
        m_guardians->takeTheirs(*theirs);
        m_error->hide();
        return;
    case EditConflictDialog::Choice::BackToEditing:
        return;
    }
}

} // namespace kz
