#include "GroupDialog.h"

#include "AgeRangeEdit.h"
#include "DialogKeys.h"
#include "Error.h"
#include "domain/Labels.h"
#include "shell/Session.h"
#include "store/OrganisationStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kz {

void GroupDialog::fillKinds(QComboBox* combo)
{
    for (const GroupKind kind :
         {GroupKind::Kdv, GroupKind::Peuteropvang, GroupKind::PeuteropvangVe, GroupKind::Bso})
        combo->addItem(Labels::groupKind(kind), static_cast<int>(kind));
}

GroupDialog::GroupDialog(const Session& session, const Group& group, QWidget* parent)
    : QDialog(parent), m_session(session), m_group(group), m_location(new QComboBox(this)),
      m_name(new QLineEdit(group.name, this)), m_kind(new QComboBox(this)), m_ages(new AgeRangeEdit(this)),
      m_capacity(new QSpinBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(group.id ? tr("Group %1").arg(group.name) : tr("New group"));
    for (const Location& l : OrganisationStore(session.db).locations(session.actor))
        m_location->addItem(l.name, l.id);
    m_location->setCurrentIndex(qMax(0, m_location->findData(group.locationId)));
    // A group stays at its location; its children and staff belong there.
    m_location->setEnabled(group.id == 0);
    fillKinds(m_kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(static_cast<int>(group.kind))));
    m_ages->setMonths(group.minAgeMonths, group.maxAgeMonths);
    if (group.id == 0)
        connect(m_kind, &QComboBox::currentIndexChanged, this,
                [this] { m_ages->setDefaultsFor(static_cast<GroupKind>(m_kind->currentData().toInt())); });
    m_capacity->setRange(1, 200);
    m_capacity->setValue(group.capacity);
    m_capacity->setSuffix(tr(" children"));
    m_capacity->setMaximumWidth(160);

    auto* form = new QFormLayout;
    form->addRow(tr("&Location"), m_location);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    auto* agesLabel = new QLabel(tr("&Ages"), this);
    agesLabel->setBuddy(m_ages->fromSpin());
    form->addRow(agesLabel, m_ages);
    form->addRow(tr("&Capacity"), m_capacity);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    acceptOnCtrlEnter(this, buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_name->setFocus();
}

QString GroupDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Group GroupDialog::edited() const
{
    Group g = m_group;
    g.locationId = m_location->currentData().toLongLong();
    g.name = m_name->text().trimmed();
    g.kind = static_cast<GroupKind>(m_kind->currentData().toInt());
    g.minAgeMonths = m_ages->fromMonths();
    g.maxAgeMonths = m_ages->toMonths();
    g.capacity = m_capacity->value();
    return g;
}

void GroupDialog::accept()
{
    try {
        const Group group = edited();
        if (group.locationId == 0)
            throw Error(Error::Kind::Validation, tr("Add a location first; a group belongs to a location."));
        OrganisationStore store(m_session.db);
        if (group.id) {
            store.updateGroup(m_session.actor, group);
            m_savedId = group.id;
        } else {
            m_savedId = store.createGroup(m_session.actor, group);
        }
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
