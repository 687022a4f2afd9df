#include "LocationDialog.h"

#include "DialogKeys.h"
#include "Error.h"
#include "LocationForm.h"
#include "services/OrganisationSetup.h"
#include "shell/Session.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

namespace {

// The areas the sociale kaart knows, then the stadsdelen and wijken Kindzicht knows out of the box.
QList<Area> areasFor(const Session& session)
{
    QList<Area> areas = PartnerStore(session.db).areas();
    for (const Area& known : OrganisationSetup::knownAreas()) {
        const bool present = std::any_of(areas.cbegin(), areas.cend(), [&](const Area& a) {
            return a.name.compare(known.name, Qt::CaseInsensitive) == 0;
        });
        if (!present)
            areas.append(known);
    }
    return areas;
}

} // namespace

LocationDialog::LocationDialog(const Session& session, const Location& location, QWidget* parent)
    : QDialog(parent), m_session(session), m_form(new LocationForm(areasFor(session), this)),
      m_error(new QLabel(this))
{
    setWindowTitle(location.id ? tr("Location %1").arg(location.name) : tr("New location"));
    m_form->setLocation(location);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LocationDialog::reject);
    acceptOnCtrlEnter(this, buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString LocationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LocationDialog::accept()
{
    try {
        const Location location = m_form->location();
        OrganisationStore store(m_session.db);
        if (location.id) {
            store.updateLocation(m_session.actor, location);
            m_savedId = location.id;
        } else {
            m_savedId = store.createLocation(m_session.actor, location);
        }
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

} // namespace kz
