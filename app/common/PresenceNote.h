#pragma once

#include <QLabel>
#include <QTimer>
#include <memory>

namespace kz {

class EditingPresence;
struct Session;

// Names the others who have this child open for editing, and marks the child as open here for
// them, while the dialog that holds the note is open (a hint, never a lock). Every ten seconds it
// looks again (and marks the child again when a lost connection took the mark); it is hidden while
// nobody else is there, or when it cannot tell.
class PresenceNote : public QLabel
{
    Q_OBJECT

public:
    // childId 0: nobody's yet (a dialog where the child is still to be chosen).
    PresenceNote(const Session& session, qint64 childId, QWidget* parent);
    ~PresenceNote() override;

    // Another child chosen: the mark moves with it.
    void setChild(qint64 childId);
    qint64 childId() const { return m_childId; }
    void refresh();

private:
    const Session& m_session;
    qint64 m_childId = 0;
    std::unique_ptr<EditingPresence> m_presence;
    QTimer m_timer;
};

} // namespace kz
