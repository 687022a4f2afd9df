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
// was, behind the lock, until the same person gives her password again.
class LockController : public QObject
{
    Q_OBJECT

public:
    LockController(const Session& session, int idleMinutes, QObject* parent = nullptr);
    ~LockController() override;

    void lock();
    bool isLocked() const { return m_locked; }
    // Tries to unlock with this password; false (and the lock stays) when it is wrong.
    bool unlock(const QString& password, QString* error = nullptr);
    void setIdleMinutes(int minutes);

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPrompt();

    const Session& m_session;
    QTimer m_idle;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace kz
