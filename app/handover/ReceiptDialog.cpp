#include "ReceiptDialog.h"

#include "Clock.h"
#include "admin/DialogKeys.h"
#include "children/DateEdits.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kz {

ReceiptDialog::ReceiptDialog(const QString& what, const QDate& exportedOn, QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(Clock::today(), this)), m_by(new QLineEdit(this))
{
    setWindowTitle(tr("Receipt by the school"));
    m_date->setCalendarPopup(true);
    leaveOnTab(m_date);
    m_date->setDisplayFormat(dateFormat());
    m_date->setDateRange(exportedOn, Clock::today());
    m_by->setObjectName(QStringLiteral("receivedBy"));
    m_by->setPlaceholderText(tr("e.g. the intern begeleider, M. Jansen"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_by, &QLineEdit::textChanged, this, [this, buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    acceptOnCtrlEnter(this, buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    auto* label = new QLabel(what, this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("&Received on:"), m_date);
    form->addRow(tr("Received &by:"), m_by);
    form->addRow(buttons);
}

QDate ReceiptDialog::receivedOn() const
{
    return m_date->date();
}

QString ReceiptDialog::receivedBy() const
{
    return m_by->text().trimmed();
}

} // namespace kz
