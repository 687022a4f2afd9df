#pragma once

#include <QLabel>
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

    // Looks whether the server answers; when it does not, shows the banner and keeps trying.
    // True while the connection is lost: a failure just seen is explained by it.
    bool check();
    bool isLost() const { return m_lost; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showState();

    const Database& m_db;
    QTimer m_retry;
    QTimer m_watch;
    QTimer m_hide;
    bool m_lost = false;
    bool m_back = false;
};

} // namespace kz
