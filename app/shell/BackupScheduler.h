#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace kz {

struct Session;

// The daily automatic backup while Kindzicht runs: a timer looks every quarter of an hour whether
// today's backup is still to be made (core decides: a key, a folder, none made today) and makes
// it. It also keeps the backup warning for the status bar current (core decides who sees one).
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int checkEveryMinutes = 15;
    static constexpr int firstCheckSeconds = 90; // not during the first moments after logging in

    BackupScheduler(const Session& session, QObject* parent = nullptr);

    // Makes today's backup when it is due; true when one was made.
    bool runIfDue();
    QString warning() const { return m_warning; }
    void refreshWarning();
    QTimer* timer() { return &m_timer; }

signals:
    void warningChanged(const QString& warning);
    void backedUp(const QString& message);

private:
    const Session& m_session;
    QTimer m_timer;
    QString m_warning;
    QString m_failure; // the last failed run's reason, until a run succeeds
};

} // namespace kz
