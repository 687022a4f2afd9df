#include "LockController.h"

#include "Error.h"
#include "Session.h"
#include "children/ObservationDialog.h"
#include "services/Authenticator.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

LockController::LockController(const Session& session, int idleMinutes, QObject* parent)
    : QObject(parent), m_session(session)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { lock(Reason::Idle); });
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
        // Ctrl+L locks from anywhere, a dialog included (the menu's shortcut does not reach past a modal
        // dialog).
        if (const auto* key = static_cast<QKeyEvent*>(event);
            !m_locked && key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
            QMetaObject::invokeMethod(
                this, [this] { lock(Reason::Request); }, Qt::QueuedConnection);
            return true;
        }
        [[fallthrough]];
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

void LockController::lock(Reason reason)
{
    if (m_locked)
        return;
    m_locked = true;
    m_reason = reason;
    m_idle.stop();
    // Cover every window, dialogs included, with an opaque sheet; nothing underneath is closed.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        auto* cover = new QLabel(tr("Kindzicht is locked"), window);
        cover->setWordWrap(true);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAlignment(Qt::AlignCenter);
        cover->setAutoFillBackground(true);
        cover->setStyleSheet(
            QStringLiteral("QLabel#lockCover { background: #2f6f62; color: white; font-size: 16pt; }"));
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
        Authenticator::confirm(m_session.db, m_session.actor.username, password);
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

QString LockController::explanation() const
{
    const QString why = m_reason == Reason::Idle
                            ? tr("Kindzicht locked itself after %n minute(s) without use.", nullptr,
                                 static_cast<int>(m_idle.interval() / 60000))
                            : tr("Kindzicht was locked (Ctrl+L).");
    return why + QLatin1Char(' ') +
           tr("%1, give your password to go on where you were. Someone else can log in instead; what you "
              "were typing is kept as your draft.")
               .arg(m_session.actor.displayName);
}

void LockController::handOver()
{
    if (!m_locked)
        return;
    // Unsaved observations first become the locked person's drafts; then every dialog closes.
    for (QWidget* window : QApplication::topLevelWidgets())
        if (auto* observation = qobject_cast<ObservationDialog*>(window);
            observation && observation->isVisible())
            observation->keepAsDraftAndClose();
    for (QWidget* window : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(window);
            dialog && dialog->isVisible() && dialog->objectName() != QLatin1String("lockPrompt"))
            dialog->reject();
    for (const QPointer<QWidget>& cover : m_covers)
        delete cover.data();
    m_covers.clear();
    m_locked = false;
    emit lockedChanged(false);
    QMetaObject::invokeMethod(this, &LockController::switchUserRequested, Qt::QueuedConnection);
}

void LockController::showPrompt()
{
    QDialog prompt;
    prompt.setObjectName(QStringLiteral("lockPrompt"));
    prompt.setWindowTitle(tr("Kindzicht is locked"));
    prompt.setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto* label = new QLabel(explanation(), &prompt);
    label->setObjectName(QStringLiteral("lockReason"));
    label->setWordWrap(true);
    auto* password = new QLineEdit(&prompt);
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(tr("Password"));
    auto* error = new QLabel(&prompt);
    error->setObjectName(QStringLiteral("lockError"));
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &prompt);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    QPushButton* other = buttons->addButton(tr("Log in as &someone else..."), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("someoneElse"));
    other->setAutoDefault(false);
    auto* layout = new QVBoxLayout(&prompt);
    layout->addWidget(label);
    layout->addWidget(password);
    layout->addWidget(error);
    layout->addWidget(buttons);
    prompt.setMinimumWidth(440);
    connect(buttons, &QDialogButtonBox::accepted, &prompt, [&] {
        QString message;
        if (unlock(password->text(), &message)) {
            prompt.accept();
        } else {
            password->clear();
            error->setText(message);
        }
    });
    connect(other, &QPushButton::clicked, &prompt, [&] {
        prompt.accept();
        handOver();
    });
    // Escape does not get past the lock.
    connect(&prompt, &QDialog::rejected, &prompt, [&] {
        if (m_locked)
            QMetaObject::invokeMethod(this, &LockController::showPrompt, Qt::QueuedConnection);
    });
    password->setFocus();
    prompt.exec();
}

} // namespace kz
