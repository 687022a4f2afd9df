#include "GroupNeedsLoader.h"

#include "Error.h"

#include <atomic>
#include <limits>

namespace kz {

namespace {

std::atomic<std::chrono::milliseconds::rep> waitBudget{100};

} // namespace

GroupNeedsLoader::GroupNeedsLoader(const Database& db, Actor actor, QObject* parent)
    : QObject(parent), m_source(db.readerSource()), m_actor(std::move(actor)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("group needs"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

GroupNeedsLoader::~GroupNeedsLoader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = std::numeric_limits<quint64>::max(); // loads still queued are skipped
    }
    QMetaObject::invokeMethod(
        m_worker, [this] { m_reader.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void GroupNeedsLoader::setWaitBudget(std::chrono::milliseconds budget)
{
    waitBudget = budget.count();
}

bool GroupNeedsLoader::isLoading() const
{
    const std::lock_guard lock(m_mutex);
    return m_finished < m_requested;
}

qint64 GroupNeedsLoader::statementsExecuted() const
{
    const std::lock_guard lock(m_mutex);
    return m_statements;
}

bool GroupNeedsLoader::load(const GroupNeedsFilter& filter)
{
    quint64 generation = 0;
    {
        const std::lock_guard lock(m_mutex);
        generation = ++m_requested;
        m_filter = filter;
    }
    QMetaObject::invokeMethod(
        m_worker, [this, generation, filter] { count(generation, filter); }, Qt::QueuedConnection);
    {
        std::unique_lock lock(m_mutex);
        m_done.wait_for(lock, std::chrono::milliseconds(waitBudget.load()),
                        [this, generation] { return m_finished >= generation; });
        if (m_finished != generation)
            return false;
    }
    deliver(generation);
    return true;
}

void GroupNeedsLoader::count(quint64 generation, const GroupNeedsFilter& filter)
{
    {
        const std::lock_guard lock(m_mutex);
        if (generation != m_requested)
            return; // the filters changed again before this load began
    }
    Outcome outcome;
    try {
        if (!m_reader)
            m_reader = std::make_unique<Database>(Database::openReader(m_source));
        outcome.figures = std::make_shared<const GroupNeeds>(*m_reader, m_actor, filter);
    } catch (const Error& e) {
        outcome.error = e.userMessage();
        m_reader.reset(); // a lost connection is opened afresh by the next load
    }
    {
        const std::lock_guard lock(m_mutex);
        if (m_reader)
            m_statements = m_reader->statementCount().executed;
        if (generation != m_requested)
            return;
        m_finished = generation;
        m_outcome = std::move(outcome);
    }
    m_done.notify_all();
    QMetaObject::invokeMethod(
        this, [this, generation] { deliver(generation); }, Qt::QueuedConnection);
}

void GroupNeedsLoader::deliver(quint64 generation)
{
    Outcome outcome;
    GroupNeedsFilter filter;
    {
        const std::lock_guard lock(m_mutex);
        if (generation != m_finished || generation != m_requested || generation <= m_delivered)
            return; // delivered already, or overtaken by a newer load
        m_delivered = generation;
        outcome = std::move(m_outcome);
        filter = m_filter;
    }
    if (outcome.figures)
        emit loaded(outcome.figures, filter);
    else
        emit failed(outcome.error);
}

} // namespace kz
