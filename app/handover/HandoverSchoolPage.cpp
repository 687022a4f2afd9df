#include "HandoverSchoolPage.h"

#include "HandoverWizard.h"
#include "domain/Labels.h"
#include "shell/Session.h"
#include "store/HandoverRules.h"
#include "store/HandoverStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace kz {

HandoverSchoolPage::HandoverSchoolPage(HandoverWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_school(new QComboBox(this)), m_earlier(new QLabel(this))
{
    setTitle(tr("Which school does %1 go to?").arg(wizard->child().givenName));
    setSubTitle(tr("The schools come from the sociale kaart (category school). Type to search."));
    m_school->setObjectName(QStringLiteral("school"));
    m_school->setEditable(true);
    m_school->setInsertPolicy(QComboBox::NoInsert);
    m_school->completer()->setFilterMode(Qt::MatchContains);
    m_school->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_school->setMinimumWidth(380);
    m_earlier->setWordWrap(true);
    m_earlier->setTextFormat(Qt::RichText);
    connect(m_school, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_school, &QComboBox::editTextChanged, this, &QWizardPage::completeChanged);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&School:"), m_school);
    form->addRow(m_earlier);
}

void HandoverSchoolPage::initializePage()
{
    const HandoverStore store(m_wizard->session().db);
    m_school->clear();
    for (const SchoolRef& s : store.schools())
        m_school->addItem(s.city.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.city), s.id);
    m_school->setCurrentIndex(-1);

    // What was prepared or sent before, so nobody starts twice.
    const Session& session = m_wizard->session();
    QStringList lines;
    for (const Handover& h : store.forChild(session.actor, m_wizard->child().id)) {
        lines.append(
            tr("%1: consent %2").arg(h.schoolName.toHtmlEscaped(), Labels::consentState(h.consent.state)));
        if (m_school->currentIndex() < 0)
            m_school->setCurrentIndex(m_school->findData(h.schoolId));
    }
    for (const HandoverSnapshot& s : store.snapshots(session.actor, m_wizard->child().id))
        lines.append(tr("%1: version %2 sent on %3 by %4")
                         .arg(s.schoolName.toHtmlEscaped())
                         .arg(s.version)
                         .arg(QLocale().toString(s.exportedAt.toLocalTime().date(), QLocale::ShortFormat),
                              s.exportedByName.toHtmlEscaped()));
    if (m_school->count() == 0)
        lines.prepend(
            tr("<b>There is no school on the sociale kaart yet.</b> A manager adds schools there, with "
               "the category School."));
    m_earlier->setText(lines.isEmpty()
                           ? tr("No handover has been prepared for %1 yet.").arg(m_wizard->child().givenName)
                           : tr("Earlier:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
}

bool HandoverSchoolPage::isComplete() const
{
    return m_school->currentIndex() >= 0 &&
           m_school->currentText() == m_school->itemText(m_school->currentIndex());
}

bool HandoverSchoolPage::validatePage()
{
    m_wizard->setSchoolId(m_school->currentData().toLongLong());
    return true;
}

} // namespace kz
