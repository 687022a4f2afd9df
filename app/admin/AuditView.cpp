#include "AuditView.h"

#include "Clock.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "children/DateEdits.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

const char* const auditActions[] = {"view",           "create",     "update",  "status",       "link",
                                    "escalate",       "export",     "login",   "login_failed", "password",
                                    "reset_password", "deactivate", "backup",  "restore",      "purge",
                                    "settings",       "consent",    "receipt", "delete",       "import",
                                    "verify",         "move",       "leave",   "archive",      "replace"};

} // namespace

AuditView::AuditView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_from(new QDateEdit(Clock::today().addMonths(-1), this)),
      m_until(new QDateEdit(Clock::today(), this)), m_action(new QComboBox(this)),
      m_person(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableWidget(this))
{
    for (QDateEdit* edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        leaveOnTab(edit);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, &AuditView::reload);
    }
    m_person->setClearButtonEnabled(true);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_person, &QLineEdit::textChanged, this, &AuditView::reload);
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_from);
    filters->addWidget(m_until);
    filters->addWidget(m_action);
    filters->addWidget(m_person, 1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    retranslate();
    if (loading == Loading::Now)
        reload();
}

QString AuditView::actionLabel(const QString& code)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("view"), QT_TR_NOOP("viewed")},
        {QStringLiteral("create"), QT_TR_NOOP("created")},
        {QStringLiteral("update"), QT_TR_NOOP("changed")},
        {QStringLiteral("status"), QT_TR_NOOP("status changed")},
        {QStringLiteral("link"), QT_TR_NOOP("linked")},
        {QStringLiteral("escalate"), QT_TR_NOOP("escalated")},
        {QStringLiteral("export"), QT_TR_NOOP("exported")},
        {QStringLiteral("login"), QT_TR_NOOP("logged in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("login refused")},
        {QStringLiteral("password"), QT_TR_NOOP("password changed")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("password reset")},
        {QStringLiteral("deactivate"), QT_TR_NOOP("deactivated")},
        {QStringLiteral("backup"), QT_TR_NOOP("backup made")},
        {QStringLiteral("restore"), QT_TR_NOOP("restored")},
        {QStringLiteral("purge"), QT_TR_NOOP("purged")},
        {QStringLiteral("settings"), QT_TR_NOOP("settings changed")},
        {QStringLiteral("consent"), QT_TR_NOOP("consent recorded")},
        {QStringLiteral("receipt"), QT_TR_NOOP("receipt recorded")},
        {QStringLiteral("delete"), QT_TR_NOOP("deleted")},
        {QStringLiteral("import"), QT_TR_NOOP("imported")},
        {QStringLiteral("verify"), QT_TR_NOOP("verified")},
        {QStringLiteral("move"), QT_TR_NOOP("moved")},
        {QStringLiteral("leave"), QT_TR_NOOP("left")},
        {QStringLiteral("archive"), QT_TR_NOOP("archived")},
        {QStringLiteral("replace"), QT_TR_NOOP("replaced")}};
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : tr(*it);
}

QString AuditView::entityLabel(const QString& code)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("child"), QT_TR_NOOP("child")},
        {QStringLiteral("observation"), QT_TR_NOOP("observation")},
        {QStringLiteral("support_need"), QT_TR_NOOP("support need")},
        {QStringLiteral("referral"), QT_TR_NOOP("referral")},
        {QStringLiteral("partner"), QT_TR_NOOP("partner")},
        {QStringLiteral("user"), QT_TR_NOOP("account")},
        {QStringLiteral("location"), QT_TR_NOOP("location")},
        {QStringLiteral("group"), QT_TR_NOOP("group")},
        {QStringLiteral("domain"), QT_TR_NOOP("domain")},
        {QStringLiteral("inzage"), QT_TR_NOOP("access request")},
        {QStringLiteral("database"), QT_TR_NOOP("database")},
        {QStringLiteral("retention"), QT_TR_NOOP("retention")},
        {QStringLiteral("handover"), QT_TR_NOOP("handover to school")},
        {QStringLiteral("handover_draft"), QT_TR_NOOP("handover draft")},
        {QStringLiteral("dossier_summary"), QT_TR_NOOP("file summary")},
        {QStringLiteral("group_report"), QT_TR_NOOP("group report")},
        {QStringLiteral("guardian"), QT_TR_NOOP("parent or guardian")},
        {QStringLiteral("children"), QT_TR_NOOP("children")},
        {QStringLiteral("organisation"), QT_TR_NOOP("organisation")},
        {QStringLiteral("backup_key"), QT_TR_NOOP("backup key")},
        {QStringLiteral("backup_folder"), QT_TR_NOOP("backup folder")},
        {QStringLiteral("backup_plan"), QT_TR_NOOP("backup plan")},
        {QStringLiteral("backup_settings"), QT_TR_NOOP("backup settings")}};
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : tr(*it);
}

void AuditView::reload()
{
    AuditFilter filter;
    filter.from = m_from->date();
    filter.until = m_until->date();
    filter.action = m_action->currentData().toString();
    filter.userText = m_person->text();
    QList<AuditEntry> entries;
    try {
        entries = AuditLog::search(m_session.db, m_session.actor, filter);
    } catch (const Error& e) {
        m_table->setRowCount(0);
        m_count->setText(e.userMessage());
        return;
    }
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry& e = entries.at(row);
        // Names where core found them (a child only when the viewer may see her), else the number.
        const QString subject = !e.subjectName.isEmpty() ? QStringLiteral(" ") + e.subjectName
                                : e.entityId             ? QStringLiteral(" %1").arg(*e.entityId)
                                                         : QString();
        const QString child = !e.childName.isEmpty() ? e.childName
                              : e.childId            ? tr("child no. %1 (name not shown)").arg(*e.childId)
                                                     : QString();
        const QStringList cells = {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.userName,
                                   actionLabel(e.action), entityLabel(e.entity) + subject, child};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    fitColumns(m_table);
    m_count->setText(tr("%n entry(ies)", nullptr, static_cast<int>(entries.size())));
}

// The trail grows while the window is open: each time the view is shown it reads it again, and a
// period that ended "today" moves on to the new today.
void AuditView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const QDate today = Clock::today();
    if (m_until->date() == m_shownOn && m_shownOn != today) {
        const QSignalBlocker blocker(m_until);
        m_until->setDate(today);
    }
    m_shownOn = today;
    reload();
}

void AuditView::retranslate()
{
    const QSignalBlocker blocker(m_action);
    const QVariant current = m_action->currentData();
    m_action->clear();
    m_action->addItem(tr("Every action"), QString());
    for (const char* code : auditActions)
        m_action->addItem(actionLabel(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
    m_person->setPlaceholderText(tr("Person"));
    m_from->setToolTip(tr("From"));
    m_until->setToolTip(tr("Until"));
    m_from->setAccessibleName(tr("From"));
    m_until->setAccessibleName(tr("Until"));
    m_action->setAccessibleName(tr("Action"));
    m_person->setAccessibleName(tr("Person"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("What"), tr("Child")});
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("Date and time of the action"), tr("The account that did it"),
                         tr("What was done, for example viewed, changed or exported"),
                         tr("The record it concerned"), tr("The child whose file it was, if any")});
}

void AuditView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
