#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace kz {

struct Session;

// Locks the application after a period without keyboard or mouse use (a shared computer on the
// group floor). Every window is covered, nothing is closed: what was being typed stays where it
// was, behind the lock, until the same person gives her password again, or until a colleague logs in
// instead: then what was being typed is kept as the locked person's draft first.
class LockController : public QObject
{
    Q_OBJECT

public:
    LockController(const Session& session, int idleMinutes, QObject* parent = nullptr);
    ~LockController() override;

    // Why the window locked, said on the lock screen.
    enum class Reason
    {
        Idle,
        Request
    };

    void lock(Reason reason = Reason::Request);
    bool isLocked() const { return m_locked; }
    Reason reason() const { return m_reason; }
    // The lock screen's explanation: why it locked, and who may unlock.
    QString explanation() const;
    // Tries to unlock with this password; false (and the lock stays) when it is wrong.
    bool unlock(const QString& password, QString* error = nullptr);
    void setIdleMinutes(int minutes);
    // A colleague takes over the shared computer: unsaved observations become the locked person's
    // drafts, every dialog closes, and switchUserRequested() asks for the next login.
    void handOver();

signals:
    void lockedChanged(bool locked);
    void switchUserRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPrompt();

    const Session& m_session;
    QTimer m_idle;
    bool m_locked = false;
    Reason m_reason = Reason::Request;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace kz
