#include "PresenceNote.h"

#include "Error.h"
#include "services/EditingPresence.h"
#include "shell/Session.h"

namespace kz {

PresenceNote::PresenceNote(const Session& session, qint64 childId, QWidget* parent)
    : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("presenceNote"));
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("color: #5b4300; background: #fff4d6; padding: 4px 6px; border-radius: 4px;"));
    hide();
    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &PresenceNote::refresh);
    setChild(childId);
}

void PresenceNote::setChild(qint64 childId)
{
    if (childId == m_childId && (m_presence || childId <= 0))
        return;
    m_childId = childId;
    m_presence.reset(); // the previous child's mark goes first
    m_timer.stop();
    if (childId > 0) {
        try {
            m_presence = std::make_unique<EditingPresence>(m_session.db, m_session.actor, childId);
            m_timer.start();
        } catch (const Error&) {
            // a hint: editing goes on without it
        }
    }
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
