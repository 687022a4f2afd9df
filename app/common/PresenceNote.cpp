#include "PresenceNote.h"

#include "Error.h"
#include "services/EditingPresence.h"
#include "shell/Session.h"

namespace kz {

PresenceNote::PresenceNote(const Session& session, qint64 childId, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("presenceNote"));
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("color: #5b4300; background: #fff4d6; padding: 4px 6px; border-radius: 4px;"));
    hide();
    try {
        m_presence = std::make_unique<EditingPresence>(session.db, session.actor, childId);
    } catch (const Error&) {
        return; // a hint: editing goes on without it
    }
    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &PresenceNote::refresh);
    m_timer.start();
    refresh();
}

PresenceNote::~PresenceNote() = default;

void PresenceNote::refresh()
{
    QString hint;
    try {
        if (m_presence) {
            m_presence->renew(); // after a reconnect the others see this computer again
            hint = m_presence->hint();
        }
    } catch (const Error&) {
        hint.clear(); // the server cannot be asked now; the next look may tell
    }
    setText(hint);
    setVisible(!hint.isEmpty());
}

} // namespace kz
