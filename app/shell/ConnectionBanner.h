#pragma once

#include <QLabel>
#include <QThread>
#include <QTimer>

namespace kz {

class Database;

// A calm line above the workspace while the organisation's server cannot be reached: Kindzicht
// tries again every few seconds by itself, and says so once it is connected again. It also looks
// every half minute while all is well, so that a lost connection shows before the next action.
// On a file it never shows.
class ConnectionBanner : public QLabel
{
    Q_OBJECT

public:
    ConnectionBanner(const Database& db, QWidget* parent);

    ~ConnectionBanner() override;

    // After a failure: whether the server answers this window's connection; when it does not,
    // shows the banner and keeps trying. True while the connection is lost (the failure just seen
    // is explained by it). While lost it does not ask again: the tries in the background do.
    bool check();
    bool isLost() const { return m_lost; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Asks on a fresh connection in a thread of its own, so the window never waits for a server
    // that does not answer; probed() hears the answer.
    void probe();
    void probed(bool answered);
    void setLost(bool lost);
    void showState();

    const Database& m_db;
    QTimer m_retry;
    QTimer m_watch;
    QTimer m_hide;
    QThread* m_probe = nullptr;
    bool m_lost = false;
    bool m_back = false;
};

} // namespace kz
