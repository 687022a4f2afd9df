#include "LockController.h"

#include "Error.h"
#include "Session.h"
#include "services/Authenticator.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

LockController::LockController(const Session& session, int idleMinutes, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &LockController::lock);
    setIdleMinutes(idleMinutes);
    qApp->installEventFilter(this);
}

LockController::~LockController()
{
    qApp->removeEventFilter(this);
    for (const QPointer<QWidget>& cover : m_covers)
        delete cover.data();
}

void LockController::setIdleMinutes(int minutes)
{
    if (minutes <= 0) {
        m_idle.stop();
        return;
    }
    m_idle.setInterval(minutes * 60 * 1000);
    m_idle.start();
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_idle.interval() > 0)
            m_idle.start(); // activity: the countdown starts again
        break;
    case QEvent::Resize:
        for (const QPointer<QWidget>& cover : m_covers)
            if (cover && cover->parentWidget() == watched)
                cover->setGeometry(cover->parentWidget()->rect());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockController::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    // Cover every window, dialogs included, with an opaque sheet; nothing underneath is closed.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        auto* cover = new QLabel(tr("Kindzicht is locked"), window);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAlignment(Qt::AlignCenter);
        cover->setAutoFillBackground(true);
        cover->setStyleSheet(QStringLiteral("QLabel#lockCover { background: #2f6f62; color: white; font-size: 16pt; }"));
        cover->setGeometry(window->rect());
        cover->show();
        cover->raise();
        m_covers.append(cover);
    }
    emit lockedChanged(true);
    showPrompt();
}

bool LockController::unlock(const QString& password, QString* error)
{
    try {
        Authenticator::login(m_session.db, m_session.actor.username, password);
    } catch (const Error& e) {
        if (error)
            *error = e.userMessage();
        return false;
    }
    for (const QPointer<QWidget>& cover : m_covers)
        delete cover.data();
    m_covers.clear();
    m_locked = false;
    if (m_idle.interval() > 0)
        m_idle.start();
    emit lockedChanged(false);
    return true;
}

void LockController::showPrompt()
{
    QDialog prompt;
    prompt.setObjectName(QStringLiteral("lockPrompt"));
    prompt.setWindowTitle(tr("Kindzicht is locked"));
    prompt.setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto* label = new QLabel(tr("Locked after a while without use. %1, give your password to go on where you were.")
                                 .arg(m_session.actor.displayName),
                             &prompt);
    label->setWordWrap(true);
    auto* password = new QLineEdit(&prompt);
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(tr("Password"));
    auto* error = new QLabel(&prompt);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &prompt);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    auto* layout = new QVBoxLayout(&prompt);
    layout->addWidget(label);
    layout->addWidget(password);
    layout->addWidget(error);
    layout->addWidget(buttons);
    prompt.setMinimumWidth(380);
    connect(buttons, &QDialogButtonBox::accepted, &prompt, [&] {
        QString message;
        if (unlock(password->text(), &message)) {
            prompt.accept();
        } else {
            password->clear();
            error->setText(message);
        }
    });
    // Escape does not get past the lock.
    connect(&prompt, &QDialog::rejected, &prompt, [&] {
        if (m_locked)
            QMetaObject::invokeMethod(this, &LockController::showPrompt, Qt::QueuedConnection);
    });
    prompt.exec();
}

} // namespace kz
