#include "HandoverView.h"

#include "Clock.h"
#include "Error.h"
#include "HandoverWizard.h"
#include "ReceiptDialog.h"
#include "services/HandoverRules.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

enum Column
{
    ChildColumn,
    GroupColumn,
    BirthdayColumn,
    SchoolColumn,
    ConsentColumn,
    SentColumn,
    ReceivedColumn
};
constexpr int SnapshotRole = Qt::UserRole + 1;

QColor consentColour(ConsentState state)
{
    switch (state) {
    case ConsentState::Given:
        return QColor(0xe3, 0xf1, 0xe5);
    case ConsentState::Awaiting:
        return QColor(0xfb, 0xf0, 0xd5);
    case ConsentState::Denied:
        return QColor(0xee, 0xe9, 0xe6);
    case ConsentState::NotRequested:
        break;
    }
    return QColor(0xfd, 0xe4, 0xdc); // not asked yet: the one to act on
}

} // namespace

HandoverView::HandoverView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_period(new QComboBox(this)), m_table(new QTableWidget(this)), m_open(new QPushButton(this)),
      m_dossier(new QPushButton(this)), m_receipt(new QPushButton(this))
{
    styleAsTitle(m_title);
    m_table->setObjectName(QStringLiteral("handovers"));
    m_table->setColumnCount(7);
    configureListTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_open->setObjectName(QStringLiteral("openHandover"));
    m_receipt->setObjectName(QStringLiteral("recordReceipt"));
    m_summary->setStyleSheet(QStringLiteral("color: #444;"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_period);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_dossier);
    buttons->addWidget(m_receipt);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, &HandoverView::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HandoverView::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &HandoverView::openHandover);
    connect(m_open, &QPushButton::clicked, this, &HandoverView::openHandover);
    connect(m_dossier, &QPushButton::clicked, this, [this] {
        if (selectedChild() > 0)
            emit openChild(selectedChild());
    });
    connect(m_receipt, &QPushButton::clicked, this, &HandoverView::recordReceipt);
    retranslate();
    if (loading == Loading::Now)
        reload();
}

void HandoverView::reload()
{
    const int months = m_period->currentData().toInt();
    const QDate today = Clock::today();
    const QDate from = months > 0 ? today : today.addMonths(months);
    const QDate until = months > 0 ? today.addMonths(months) : today;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    int notAsked = 0;
    int awaiting = 0;
    int given = 0;
    int denied = 0;
    QList<HandoverCandidate> candidates;
    try {
        const HandoverStore store(m_session.db);
        candidates = store.candidates(m_session.actor, from, until);
        for (const HandoverCandidate& c : candidates) {
            QList<Handover> rows = c.handovers;
            if (rows.isEmpty())
                rows.append(Handover{});
            for (const Handover& h : rows) {
                addRow(c, h);
                switch (h.consent.state) {
                case ConsentState::NotRequested:
                    ++notAsked;
                    break;
                case ConsentState::Awaiting:
                    ++awaiting;
                    break;
                case ConsentState::Given:
                    ++given;
                    break;
                case ConsentState::Denied:
                    ++denied;
                    break;
                }
            }
        }
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    m_table->setSortingEnabled(true);
    fitColumns(m_table);
    m_summary->setText(
        candidates.isEmpty()
            ? tr("No children you may see turn four in this period.")
            : tr("%n child(ren).", nullptr, static_cast<int>(candidates.size())) + QLatin1Char(' ') +
                  tr("Consent not asked yet: %1; awaiting the parents: %2; given: %3; denied: %4.")
                      .arg(notAsked)
                      .arg(awaiting)
                      .arg(given)
                      .arg(denied));
    updateButtons();
}

// One row: the child, the school and how far the handover to it got.
void HandoverView::addRow(const HandoverCandidate& c, const Handover& h)
{
    const QLocale locale;
    const auto day = [&](const QDate& d) { return locale.toString(d, QLocale::ShortFormat); };
    const QList<HandoverSnapshot>& sent = c.sent;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(c.childName);
    name->setData(Qt::UserRole, c.childId);
    m_table->setItem(row, ChildColumn, name);
    m_table->setItem(row, GroupColumn, new QTableWidgetItem(c.groupName));
    auto* birthday = new QTableWidgetItem;
    birthday->setData(Qt::DisplayRole, c.fourthBirthday());
    m_table->setItem(row, BirthdayColumn, birthday);
    auto* school = new QTableWidgetItem(h.schoolId > 0 ? h.schoolName : QStringLiteral("—"));
    school->setData(Qt::UserRole, h.schoolId);
    m_table->setItem(row, SchoolColumn, school);
    auto* consent = new QTableWidgetItem(HandoverRules::stateLabel(h.consent.state));
    consent->setBackground(consentColour(h.consent.state));
    if (h.consent.date)
        consent->setToolTip(
            tr("%1 on %2 %3")
                .arg(HandoverRules::stateLabel(h.consent.state), day(*h.consent.date), h.consent.givenBy));
    m_table->setItem(row, ConsentColumn, consent);
    // The newest version sent to this school, and its receipt.
    const auto last = std::find_if(sent.cbegin(), sent.cend(), [&](const HandoverSnapshot& s) {
        return s.schoolId == h.schoolId && h.schoolId > 0;
    });
    auto* version = new QTableWidgetItem(
        last == sent.cend()
            ? QStringLiteral("—")
            : tr("version %1, %2").arg(last->version).arg(day(last->exportedAt.toLocalTime().date())));
    m_table->setItem(row, SentColumn, version);
    auto* received = new QTableWidgetItem;
    if (last != sent.cend()) {
        received->setText(last->receivedOn ? tr("%1 by %2").arg(day(*last->receivedOn), last->receivedBy)
                                           : tr("not yet recorded"));
        if (!last->receivedOn) {
            received->setData(Qt::UserRole, last->id);
            received->setData(SnapshotRole, last->exportedAt.toLocalTime().date());
        }
    }
    m_table->setItem(row, ReceivedColumn, received);
}

qint64 HandoverView::selectedChild() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, ChildColumn)
               ? m_table->item(row, ChildColumn)->data(Qt::UserRole).toLongLong()
               : 0;
}

qint64 HandoverView::selectedSchool() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, SchoolColumn)
               ? m_table->item(row, SchoolColumn)->data(Qt::UserRole).toLongLong()
               : 0;
}

void HandoverView::updateButtons()
{
    const int row = m_table->currentRow();
    m_open->setEnabled(selectedChild() > 0);
    m_dossier->setEnabled(selectedChild() > 0);
    m_receipt->setEnabled(row >= 0 && m_table->item(row, ReceivedColumn) &&
                          m_table->item(row, ReceivedColumn)->data(Qt::UserRole).toLongLong() > 0);
}

void HandoverView::openHandover()
{
    if (selectedChild() <= 0)
        return;
    try {
        HandoverWizard wizard(m_session, selectedChild(), selectedSchool(), this);
        connect(&wizard, &HandoverWizard::exported, this, &HandoverView::done);
        wizard.exec();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    reload();
}

void HandoverView::recordReceipt()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem* item = m_table->item(row, ReceivedColumn);
    const qint64 snapshot = item->data(Qt::UserRole).toLongLong();
    ReceiptDialog dialog(tr("%1 to %2, %3")
                             .arg(m_table->item(row, ChildColumn)->text(),
                                  m_table->item(row, SchoolColumn)->text(),
                                  m_table->item(row, SentColumn)->text()),
                         item->data(SnapshotRole).toDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        HandoverStore(m_session.db)
            .recordReceipt(m_session.actor, snapshot, dialog.receivedOn(), dialog.receivedBy());
        emit done(tr("The school's receipt is recorded."));
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    reload();
}

void HandoverView::retranslate()
{
    m_title->setText(tr("Handover to school"));
    m_open->setText(tr("&Open handover..."));
    m_dossier->setText(tr("Open &dossier"));
    m_receipt->setText(tr("Record &receipt..."));
    m_table->setHorizontalHeaderLabels({tr("Child"), tr("Group"), tr("Turns 4"), tr("School"), tr("Consent"),
                                        tr("Sent"), tr("Received by the school")});
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("The child going to primary school"), tr("The child's group"),
                         tr("The date the child turns four"), tr("The school chosen for the handover"),
                         tr("Whether the parents gave consent to share"),
                         tr("The version sent to the school, and when"),
                         tr("When and by whom the school received it")});
    m_table->setAccessibleName(tr("Children turning four and their handovers"));
    m_period->setAccessibleName(tr("Period"));
    const int current = m_period->currentIndex();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("Turning 4 in the next 6 months"), 6);
    m_period->addItem(tr("Turning 4 in the next 12 months"), 12);
    m_period->addItem(tr("Turned 4 in the last 3 months"), -3);
    m_period->setCurrentIndex(std::max(0, current));
}

void HandoverView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
