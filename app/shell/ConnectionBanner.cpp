#include "ConnectionBanner.h"

#include "Error.h"
#include "db/Database.h"
#include "db/ServerContact.h"

#include <QEvent>
#include <atomic>
#include <memory>

namespace kz {

ConnectionBanner::ConnectionBanner(const Database& db, QWidget* parent) : QLabel(parent), m_db(db)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setWordWrap(true);
    hide();
    if (!m_db.isServer())
        return;
    m_retry.setInterval(5'000);
    m_watch.setInterval(30'000);
    m_hide.setInterval(4'000);
    m_hide.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionBanner::probe);
    connect(&m_watch, &QTimer::timeout, this, &ConnectionBanner::probe);
    connect(&m_hide, &QTimer::timeout, this, [this] {
        m_back = false;
        showState();
    });
    m_watch.start();
}

ConnectionBanner::~ConnectionBanner()
{
    if (m_probe)
        m_probe->wait(); // at most the connection timeout
}

bool ConnectionBanner::check()
{
    if (!m_db.isServer())
        return false;
    if (!m_lost)
        setLost(!ServerContact::answers(m_db));
    return m_lost;
}

void ConnectionBanner::probe()
{
    if (m_probe)
        return;
    auto answered = std::make_shared<std::atomic_bool>(false);
    m_probe = QThread::create([source = m_db.readerSource(), answered] {
        try {
            const Database fresh = Database::openReader(source);
            *answered = ServerContact::answers(fresh);
        } catch (const Error&) {
            *answered = false;
        }
    });
    connect(m_probe, &QThread::finished, this, [this, answered] {
        m_probe->deleteLater();
        m_probe = nullptr;
        probed(*answered);
    });
    m_probe->start();
}

void ConnectionBanner::probed(bool answered)
{
    if (!answered)
        setLost(true);
    else if (m_lost) // the server is back: this window's connection follows (quickly now)
        setLost(!ServerContact::answers(m_db));
}

void ConnectionBanner::setLost(bool lost)
{
    if (lost == m_lost)
        return;
    m_back = m_lost && !lost;
    m_lost = lost;
    if (m_lost) {
        m_watch.stop();
        m_retry.start();
    } else {
        m_retry.stop();
        m_watch.start();
        m_hide.start();
    }
    showState();
}

void ConnectionBanner::showState()
{
    if (m_lost) {
        setText(tr("The connection to the server is lost. Kindzicht tries again every few seconds; what "
                   "you are typing stays in its window, and nothing is saved until the connection is "
                   "back."));
        setStyleSheet(QStringLiteral("color: #5b4300; background: #fff4d6; padding: 6px 8px;"));
    } else if (m_back) {
        setText(tr("Connected to the server again."));
        setStyleSheet(QStringLiteral("color: #1e5631; background: #e6f4ea; padding: 6px 8px;"));
    }
    setVisible(m_lost || m_back);
}

void ConnectionBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showState();
    QLabel::changeEvent(event);
}

} // namespace kz
