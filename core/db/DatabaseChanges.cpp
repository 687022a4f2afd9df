#include "ChangeFeed.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "Error.h"

#include <utility>

// What runs around a transaction: the work queued until it ends and the changes it announces.
namespace kz {

void Database::afterTransaction(std::function<void()> work) const
{
    if (m_transactionDepth == 0)
        work();
    else
        m_afterTransaction.append(std::move(work));
}

void Database::recordChange(Change change) const
{
    m_pendingChanges.append(change);
    if (m_transactionDepth == 0) {
        try {
            ChangeFeed::announce(*this, {change}); // the write committed by itself
        } catch (const Error&) {
            // Saved all the same: the others read it at their next look (or reconnect).
        }
        publishChanges();
    }
}

void Database::publishChanges() const
{
    const QList<Change> committed = std::exchange(m_pendingChanges, {});
    if (m_notifier)
        m_notifier->publish(committed);
}

void Database::runAfterTransaction() const
{
    const QList<std::function<void()>> queued = std::exchange(m_afterTransaction, {});
    for (const std::function<void()>& work : queued)
        work();
}

} // namespace kz
