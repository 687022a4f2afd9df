#include "MoveChildDialog.h"

#include "Clock.h"
#include "DateEdits.h"
#include "Error.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/OrganisationStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kz {

namespace {

constexpr int GroupNameRole = Qt::UserRole + 1;

} // namespace

MoveChildDialog::MoveChildDialog(const Session& session, qint64 childId, QWidget* parent)
    : QDialog(parent), m_session(session), m_child(ChildStore(session.db).get(session.actor, childId)),
      m_group(new QComboBox(this)), m_date(makeDateEdit(this, Clock::today())),
      m_explanation(new QLabel(this)), m_history(new QLabel(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Move %1 to another group").arg(m_child.fullName()));
    const OrganisationStore organisation(session.db);
    m_fromGroup = organisation.group(session.actor, m_child.groupId).name;
    for (const Group& g : organisation.groups(session.actor))
        if (g.id != m_child.groupId) {
            m_group->addItem(g.name + QStringLiteral(" · ") + g.locationName, g.id);
            m_group->setItemData(m_group->count() - 1, g.name, GroupNameRole);
        }
    m_group->setPlaceholderText(tr("Choose the new group"));
    m_group->setCurrentIndex(-1);
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(
        QStringLiteral("background: #fdf3dc; border-left: 4px solid #c58b00; padding: 6px;"));
    m_history->setWordWrap(true);
    m_history->setStyleSheet(QStringLiteral("color: #555;"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    // Earlier moves, so the manager sees where the child has been.
    const QLocale locale;
    QStringList moves;
    for (const GroupMove& m : ChildStore(session.db).moves(session.actor, childId))
        moves.append(
            tr("%1: from %2 to %3 (by %4)")
                .arg(locale.toString(m.movedOn, dateFormat()), m.fromGroupName, m.toGroupName, m.movedBy));
    m_history->setText(moves.isEmpty()
                           ? tr("Not moved before.")
                           : tr("Earlier moves:") + QStringLiteral("\n") + moves.join(QLatin1Char('\n')));

    auto* form = new QFormLayout;
    form->addRow(tr("Now in"), new QLabel(m_fromGroup, this));
    form->addRow(tr("&To group"), m_group);
    form->addRow(tr("&From"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* move = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    move->setToolTip(tr("Ctrl+Enter"));
    move->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveChildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveChildDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &MoveChildDialog::accept);
    connect(m_group, &QComboBox::currentIndexChanged, this, &MoveChildDialog::explain);
    connect(m_date, &QDateEdit::dateChanged, this, &MoveChildDialog::explain);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_history);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    explain();
}

void MoveChildDialog::explain()
{
    const QString on = dateOf(m_date) ? QLocale().toString(*dateOf(m_date), dateFormat()) : QString();
    const QString to =
        m_group->currentIndex() >= 0 ? m_group->currentData(GroupNameRole).toString() : tr("the new group");
    m_explanation->setText(
        tr("From %1 the practitioners of %2 no longer see %3: not in their list, not in the "
           "dossier. The practitioners of %4 see %3 and everything noted so far. The move is kept "
           "in the child's history.")
            .arg(on, m_fromGroup, m_child.givenName, to));
}

QString MoveChildDialog::explanationText() const
{
    return m_explanation->text();
}

QString MoveChildDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MoveChildDialog::accept()
{
    try {
        if (m_group->currentIndex() < 0)
            throw Error(Error::Kind::Validation, tr("Choose the group %1 moves to.").arg(m_child.givenName));
        ChildStore(m_session.db)
            .move(m_session.actor, m_child.id, m_group->currentData().toLongLong(),
                  dateOf(m_date).value_or(QDate()));
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
