#pragma once

#include "Change.h"

#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QString>

namespace kz {

class ChangeNotifier;
class Database;

// Brings what other computers, or other programs on this one, commit into this connection's
// ChangeNotifier, so open views follow them as they follow this program's own changes.
// - On a server: this connection listens on one channel; every committing connection notifies it
//   inside its transaction (announce), so the others hear of a change when, and only if, it
//   commits. A notification carries the kinds and ids of what changed, never its content: each
//   receiver reads again what it may see.
// - On a file: the engine says whether another connection committed since the last look;
//   checkForOutsideChanges() looks, e.g. when the window regains focus, and announces everything,
//   since a file keeps no list of what changed.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // Starts listening on a server connection. The feed lives no longer than the database.
    explicit ChangeFeed(const Database& db, QObject* parent = nullptr);
    ~ChangeFeed() override;
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    // On a file: announces everything when another connection committed since the last check, and
    // says whether it did. On a server notifications arrive by themselves: always false.
    bool checkForOutsideChanges();

    // Tells the server's other connections about `changes`, inside the open transaction (or right
    // after a write that committed by itself). Nothing on a file.
    static void announce(const Database& db, const QList<Change>& changes);

    // After Database opened `connectionName` anew: when a feed listens on it, listens again and,
    // since what was said while the connection was lost is unknown, announces everything through
    // `notifier`. Both once the event loop runs (a socket watch set up while the failed statement
    // unwinds hears nothing); nothing when the notifier is gone by then.
    static void listenAgain(const QString& connectionName, ChangeNotifier* notifier);

    // What a notification carries: "subject:id:child" for each change, joined by ';' — or "*",
    // everything, when the list would not fit in one notification.
    static QString payload(const QList<Change>& changes);
    // The changes a payload names; "*" and anything unreadable mean everything.
    static QList<Change> parse(const QString& payload);
    // One change of each kind, no id: every view reads again.
    static QList<Change> everything();

    static const QString channel;

private:
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    const Database& m_db;
    qint64 m_othersCommits = -1;
};

} // namespace kz
