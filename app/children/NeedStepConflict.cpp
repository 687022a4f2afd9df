#include "NeedStepDialog.h"
#include "common/EditConflictDialog.h"
#include "domain/Labels.h"
#include "shell/Session.h"
#include "store/SupportNeedStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

namespace kz {

QString NeedStepDialog::describe(const SupportNeed& need)
{
    const QLocale locale;
    const auto date = [&](const std::optional<QDate>& d) {
        return d ? locale.toString(*d, QLocale::ShortFormat) : QString();
    };
    return tr("Status: %1\nLevel: %2\nParents informed on: %3\nTheir response: %4\nReview on: %5")
        .arg(Labels::needStatus(need.status), Labels::level(need.level), date(need.parentsInformedOn),
             need.parentsResponse, date(need.reviewDate));
}

// What she was about to record: the step, what she chose, and her note.
QString NeedStepDialog::describeStep() const
{
    QStringList lines{windowTitle()};
    if (m_status)
        lines << m_status->currentText();
    if (m_level)
        lines << m_level->currentText();
    if (m_date)
        lines << QLocale().toString(m_date->date(), QLocale::ShortFormat);
    if (m_text)
        lines << m_text->toPlainText();
    return lines.join(QLatin1Char('\n'));
}

void NeedStepDialog::resolveConflict(const EditConflictError& error)
{
    m_error->setText(error.userMessage());
    m_error->show();
    const SupportNeed theirs = SupportNeedStore(m_session.db).get(m_session.actor, m_need.id);
    switch (EditConflictDialog::ask(error, describeStep(), describe(theirs), this)) {
    case EditConflictDialog::Choice::KeepMine:
        m_need.version = error.conflict().currentVersion;
        m_overwrite = Overwrite::Yes;
        accept();
        return;
    case EditConflictDialog::Choice::StartFromTheirs:
        // The step now starts from the need as it is; her note stays in its own window.
        m_need = theirs;
        m_overwrite = Overwrite::No;
        if (m_text)
            m_text->setPlainText(m_step == Step::ParentsInformed ? theirs.parentsResponse : QString());
        m_error->setText(tr("The form now starts from their version: %1").arg(describe(theirs)));
        return;
    case EditConflictDialog::Choice::BackToEditing:
        return;
    }
}

} // namespace kz
