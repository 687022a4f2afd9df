#include "ConnectionBanner.h"

#include "db/Database.h"
#include "db/ServerContact.h"

#include <QEvent>

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
    connect(&m_retry, &QTimer::timeout, this, &ConnectionBanner::check);
    connect(&m_watch, &QTimer::timeout, this, &ConnectionBanner::check);
    connect(&m_hide, &QTimer::timeout, this, [this] {
        m_back = false;
        showState();
    });
    m_watch.start();
}

bool ConnectionBanner::check()
{
    if (!m_db.isServer())
        return false;
    const bool lost = !ServerContact::answers(m_db);
    if (lost != m_lost) {
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
    return m_lost;
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
