#include "ReferralDialog.h"

#include "Error.h"
#include "shell/Session.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace kz {

ReferralDialog::ReferralDialog(const Session& session, const SupportNeed& need, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_need(need)
    , m_filter(new QLineEdit(this))
    , m_partners(new QListWidget(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Refer to a partner"));
    setMinimumSize(520, 480);
    m_filter->setPlaceholderText(tr("Search the sociale kaart"));
    m_filter->setClearButtonEnabled(true);
    for (const Partner& p : PartnerStore(session.db).list(session.actor)) {
        if (p.status != PartnerStatus::Active)
            continue;
        auto* item = new QListWidgetItem(p.name + QStringLiteral("  ·  ") + p.serviceAreas.join(QStringLiteral(", ")),
                                         m_partners);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.description);
    }
    m_partners->setCurrentRow(0);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_partners->count(); ++i)
            m_partners->item(i)->setHidden(!m_partners->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_status->addItem(tr("Registered"), static_cast<int>(ReferralStatus::Registered));
    m_status->addItem(tr("On the waiting list"), static_cast<int>(ReferralStatus::Waiting));
    m_status->addItem(tr("Help has started"), static_cast<int>(ReferralStatus::Started));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Referred on"), m_date);
    form->addRow(tr("&State"), m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);
    connect(m_partners, &QListWidget::itemDoubleClicked, this, &ReferralDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_partners);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReferralDialog::accept()
{
    QListWidgetItem* item = m_partners->currentItem();
    if (!item || item->isHidden()) {
        m_error->setText(tr("Choose a partner from the list."));
        m_error->show();
        return;
    }
    Referral r;
    r.needId = m_need.id;
    r.partnerId = item->data(Qt::UserRole).toLongLong();
    r.referredOn = m_date->date();
    r.status = static_cast<ReferralStatus>(m_status->currentData().toInt());
    if (r.status == ReferralStatus::Started)
        r.startedOn = r.referredOn;
    try {
        ReferralStore(m_session.db).create(m_session.actor, r);
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
