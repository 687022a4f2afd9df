#include "ReferralDialog.h"

#include "Clock.h"
#include "Error.h"
#include "admin/DialogKeys.h"
#include "children/DateEdits.h"
#include "services/PartnerSuggestions.h"
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
#include <QSet>
#include <QVBoxLayout>

namespace kz {

ReferralDialog::ReferralDialog(const Session& session, const SupportNeed& need, QWidget* parent)
    : QDialog(parent), m_session(session), m_need(need), m_filter(new QLineEdit(this)),
      m_partners(new QListWidget(this)), m_date(new QDateEdit(Clock::today(), this)),
      m_status(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Refer to a partner"));
    setMinimumSize(520, 480);
    m_filter->setPlaceholderText(tr("Search the social map"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search the social map"));
    m_partners->setAccessibleName(tr("Partners, the best fit for this need first"));
    fillPartners();
    connect(m_filter, &QLineEdit::textChanged, this, &ReferralDialog::applyFilter);
    m_date->setCalendarPopup(true);
    leaveOnTab(m_date);
    m_date->setMaximumDate(Clock::today());
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
    acceptOnCtrlEnter(this, buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);
    connect(m_partners, &QListWidget::itemDoubleClicked, this, &ReferralDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_partners);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReferralDialog::addHeader(const QString& text)
{
    auto* header = new QListWidgetItem(text, m_partners);
    header->setFlags(Qt::ItemIsEnabled); // readable, not selectable
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    header->setData(Qt::UserRole, QVariant());
}

void ReferralDialog::addPartner(const Partner& partner, const QStringList& reasons)
{
    QString text = partner.name + QStringLiteral("  ·  ") + partner.serviceAreas.join(QStringLiteral(", "));
    if (!reasons.isEmpty())
        text += QStringLiteral("\n    ") + reasons.join(QStringLiteral("; "));
    auto* item = new QListWidgetItem(text, m_partners);
    item->setData(Qt::UserRole, partner.id);
    item->setToolTip(partner.description);
}

// Partners that fit the need (domain, wijk, age, home language) come first with the reasons why;
// every other active partner follows, because the practitioner may know better.
void ReferralDialog::fillPartners()
{
    QSet<qint64> suggested;
    const QList<PartnerSuggestion> suggestions =
        PartnerSuggestions::forNeed(m_session.db, m_session.actor, m_need.id);
    if (!suggestions.isEmpty()) {
        addHeader(tr("Suggested for this need"));
        for (const PartnerSuggestion& s : suggestions) {
            addPartner(s.partner, s.reasons);
            suggested.insert(s.partner.id);
        }
        addHeader(tr("Other partners"));
    }
    for (const Partner& p : PartnerStore(m_session.db).list(m_session.actor)) {
        if (p.status == PartnerStatus::Active && !suggested.contains(p.id))
            addPartner(p, {});
    }
    for (int i = 0; i < m_partners->count(); ++i) {
        if (m_partners->item(i)->flags() & Qt::ItemIsSelectable) {
            m_partners->setCurrentRow(i);
            break;
        }
    }
}

void ReferralDialog::applyFilter(const QString& text)
{
    for (int i = 0; i < m_partners->count(); ++i) {
        QListWidgetItem* item = m_partners->item(i);
        const bool header = !(item->flags() & Qt::ItemIsSelectable);
        item->setHidden(header ? !text.isEmpty() : !item->text().contains(text, Qt::CaseInsensitive));
    }
}

int ReferralDialog::suggestionCount() const
{
    int count = 0;
    for (int i = 0; i < m_partners->count(); ++i) {
        if (!(m_partners->item(i)->flags() & Qt::ItemIsSelectable))
            ++count;
        if (count == 2)
            return i - 1;
    }
    return 0;
}

void ReferralDialog::accept()
{
    QListWidgetItem* item = m_partners->currentItem();
    if (!item || item->isHidden() || !item->data(Qt::UserRole).isValid()) {
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
