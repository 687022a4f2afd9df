#include "ChangeFeed.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "Dialect.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

namespace kz {

namespace {

// PostgreSQL refuses a payload of 8000 bytes or more; well below that a long list becomes "*".
constexpr qsizetype maxPayload = 7000;
// Kinds travel by number: a kind added to Change::Subject goes last, and this follows it.
constexpr int lastSubject = static_cast<int>(Change::Subject::Organisation);

// The connections a feed listens on, by connection name: what a connection listened to must be
// known again after a reconnect that failed first (the driver forgets it when it closes).
QMutex listenersLock;
QSet<QString> listeners;

} // namespace

const QString ChangeFeed::channel = QStringLiteral("kindzicht_changes");

ChangeFeed::ChangeFeed(const Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    if (m_db.isServer()) {
        QSqlDriver* driver = m_db.connection().driver();
        driver->subscribeToNotification(channel);
        const QMutexLocker locker(&listenersLock);
        listeners.insert(m_db.connection().connectionName());
        connect(driver,
                qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
                    &QSqlDriver::notification),
                this, &ChangeFeed::received);
    } else {
        m_othersCommits = m_db.dialect().othersCommits(m_db);
    }
}

ChangeFeed::~ChangeFeed()
{
    if (!m_db.isServer())
        return;
    QSqlDatabase connection = m_db.connection();
    {
        const QMutexLocker locker(&listenersLock);
        listeners.remove(connection.connectionName());
    }
    if (connection.isOpen())
        connection.driver()->unsubscribeFromNotification(channel);
}

bool ChangeFeed::checkForOutsideChanges()
{
    if (m_db.isServer())
        return false;
    const qint64 version = m_db.dialect().othersCommits(m_db);
    if (version == m_othersCommits)
        return false;
    m_othersCommits = version;
    m_db.changes()->publish(everything());
    return true;
}

void ChangeFeed::received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // This connection's own changes were announced when they committed.
    if (name != channel || source == QSqlDriver::SelfSource)
        return;
    m_db.changes()->publish(parse(payload.toString()));
}

void ChangeFeed::announce(const Database& db, const QList<Change>& changes)
{
    if (!db.isServer() || changes.isEmpty())
        return;
    db.dialect().notifyOthers(db, channel, payload(changes));
}

void ChangeFeed::listenAgain(const QString& connectionName, ChangeNotifier* notifier)
{
    {
        const QMutexLocker locker(&listenersLock);
        if (!listeners.contains(connectionName) || !notifier)
            return;
    }
    QMetaObject::invokeMethod(
        notifier,
        [connectionName, notifier] {
            const QSqlDatabase connection = QSqlDatabase::database(connectionName, false);
            if (!connection.isOpen())
                return; // lost again: the next reconnect queues this once more
            if (!connection.driver()->subscribedToNotifications().contains(channel))
                connection.driver()->subscribeToNotification(channel);
            notifier->publish(everything());
        },
        Qt::QueuedConnection);
}

QString ChangeFeed::payload(const QList<Change>& changes)
{
    QStringList parts;
    qsizetype length = 0;
    for (const Change& change : changes) {
        const QString part = QStringLiteral("%1:%2:%3")
                                 .arg(static_cast<int>(change.subject))
                                 .arg(change.id)
                                 .arg(change.childId);
        if (parts.contains(part))
            continue;
        length += part.size() + 1;
        if (length > maxPayload)
            return QStringLiteral("*");
        parts.append(part);
    }
    return parts.join(QLatin1Char(';'));
}

QList<Change> ChangeFeed::parse(const QString& payload)
{
    QList<Change> changes;
    for (const QString& part : payload.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(QLatin1Char(':'));
        bool subjectOk = false;
        bool idOk = false;
        bool childOk = false;
        const int subject = fields.value(0).toInt(&subjectOk);
        const qint64 id = fields.value(1).toLongLong(&idOk);
        const qint64 child = fields.value(2).toLongLong(&childOk);
        if (fields.size() != 3 || !subjectOk || !idOk || !childOk || subject < 0 || subject > lastSubject)
            return everything(); // "*", or from a newer version: read everything again
        changes.append({static_cast<Change::Subject>(subject), id, child});
    }
    return changes.isEmpty() ? everything() : changes;
}

QList<Change> ChangeFeed::everything()
{
    QList<Change> all;
    for (int subject = 0; subject <= lastSubject; ++subject)
        all.append({static_cast<Change::Subject>(subject), 0, 0});
    return all;
}

} // namespace kz
