#include "LeaveChildDialog.h"

#include "Clock.h"
#include "DateEdits.h"
#include "Error.h"
#include "domain/Labels.h"
#include "services/Retention.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kz {

namespace {

QString day(const QDate& date)
{
    return QLocale().toString(date, dateFormat());
}

} // namespace

LeaveChildDialog::LeaveChildDialog(const Session& session, qint64 childId, QWidget* parent)
    : QDialog(parent), m_session(session), m_child(ChildStore(session.db).get(session.actor, childId)),
      m_retentionMonths(Retention::months(session.db)),
      m_date(makeDateEdit(this, m_child.endDate.value_or(Clock::today()))), m_reason(new QComboBox(this)),
      m_retention(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("%1 leaves").arg(m_child.fullName()));
    for (const LeaveReason reason :
         {LeaveReason::PrimarySchool, LeaveReason::Moved, LeaveReason::OtherChildcare, LeaveReason::Other})
        m_reason->addItem(Labels::leaveReason(reason), static_cast<int>(reason));
    if (m_child.leaveReason)
        m_reason->setCurrentIndex(m_reason->findData(static_cast<int>(*m_child.leaveReason)));
    m_retention->setWordWrap(true);
    m_retention->setStyleSheet(
        QStringLiteral("background: #eef2f6; border-left: 4px solid #1f4e8c; padding: 6px;"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Last day"), m_date);
    form->addRow(tr("&Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* leave = buttons->addButton(tr("&Record leaving..."), QDialogButtonBox::AcceptRole);
    leave->setToolTip(tr("Ctrl+Enter"));
    leave->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveChildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaveChildDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &LeaveChildDialog::accept);
    connect(m_date, &QDateEdit::dateChanged, this, &LeaveChildDialog::explain);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_retention);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(500);
    explain();
}

void LeaveChildDialog::explain()
{
    const std::optional<QDate> last = dateOf(m_date);
    if (!last) {
        m_retention->setText(tr("Give the child's last day."));
        return;
    }
    m_retention->setText(
        tr("After %1, %2 no longer appears in the children lists; \"Include children who left\" "
           "still shows the child. The file is kept until %3, %4 months after the last day, and "
           "stays readable for the location manager until then; then the retention purge removes it.")
            .arg(day(*last), m_child.givenName, day(last->addMonths(m_retentionMonths)))
            .arg(m_retentionMonths));
}

QString LeaveChildDialog::retentionText() const
{
    return m_retention->text();
}

QString LeaveChildDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString LeaveChildDialog::confirmationText() const
{
    const QDate last = dateOf(m_date).value_or(QDate());
    return tr("Record that %1 leaves on %2 (%3)?\n\nThe file is kept until the retention period has passed "
              "(%4) "
              "and is then removed.")
        .arg(m_child.fullName(), day(last), m_reason->currentText(), day(last.addMonths(m_retentionMonths)));
}

void LeaveChildDialog::accept()
{
    try {
        const std::optional<QDate> last = dateOf(m_date);
        if (!last)
            throw Error(Error::Kind::Validation, tr("Give the child's last day."));
        if (QMessageBox::question(this, tr("Record leaving"), confirmationText()) != QMessageBox::Yes)
            return;
        ChildStore(m_session.db)
            .leave(m_session.actor, m_child.id, *last,
                   static_cast<LeaveReason>(m_reason->currentData().toInt()));
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
