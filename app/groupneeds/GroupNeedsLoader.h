#pragma once

#include "db/Database.h"
#include "domain/User.h"
#include "services/GroupNeeds.h"

#include <QObject>
#include <QThread>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace kz {

// Counts the group overview's figures in a thread of its own, on a second connection to the same
// database, so the window never freezes while an organisation of many locations is counted. A
// load that finishes within the wait budget is delivered at once (a location's figures appear
// without a "counting" flash); a longer one arrives through loaded() while the window stays usable.
// Only the newest load is delivered: one the filters overtook is dropped.
class GroupNeedsLoader : public QObject
{
    Q_OBJECT

public:
    GroupNeedsLoader(const Database& db, Actor actor, QObject* parent = nullptr);
    ~GroupNeedsLoader() override; // waits for a load under way: its connection closes in its thread

    // Starts counting; true when the figures were delivered (loaded() or failed()) before returning.
    bool load(const GroupNeedsFilter& filter);
    bool isLoading() const;
    // How long load() waits before it lets the window go on (tests wait as long as it takes).
    static void setWaitBudget(std::chrono::milliseconds budget);
    // The statements the second connection ran so far: tests bound the work a screen does.
    qint64 statementsExecuted() const;

signals:
    void loaded(std::shared_ptr<const GroupNeeds> figures, const kz::GroupNeedsFilter& filter);
    void failed(const QString& message);

private:
    struct Outcome
    {
        std::shared_ptr<const GroupNeeds> figures;
        QString error;
    };
    void count(quint64 generation, const GroupNeedsFilter& filter); // runs in m_thread
    void deliver(quint64 generation);

    Database::ReaderSource m_source;
    Actor m_actor;
    QThread m_thread;
    QObject* m_worker;                  // lives in m_thread: the queue of loads
    std::unique_ptr<Database> m_reader; // opened, used and closed in m_thread only
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    quint64 m_requested = 0;   // the newest load asked for
    quint64 m_finished = 0;    // the newest load counted
    quint64 m_delivered = 0;   // the newest load handed to the window
    Outcome m_outcome;         // of m_finished
    GroupNeedsFilter m_filter; // of m_requested
    qint64 m_statements = 0;
};

} // namespace kz
