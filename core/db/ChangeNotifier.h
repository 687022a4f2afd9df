#pragma once

#include "Change.h"

#include <QList>
#include <QObject>

namespace kz {

// Announces what changed in the database, after it was committed: the open views listen and
// refresh themselves, so no view has to know which other views show the same child. A rolled-back
// transaction announces nothing. Today the changes come from this program's own transactions
// (Database publishes them on commit); a server's notifications from other computers are meant
// to arrive through publish() as well.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Emits the typed signals for each change once, then committed() with all of them.
    void publish(const QList<kz::Change>& changes);

signals:
    void childChanged(qint64 childId);
    void needChanged(qint64 needId, qint64 childId);
    void observationChanged(qint64 observationId, qint64 childId);
    void partnerChanged(qint64 partnerId);
    void handoverChanged(qint64 childId);
    void accountChanged(qint64 userId);
    void organisationChanged(qint64 id);
    // Everything one transaction changed, after the typed signals.
    void committed(const QList<kz::Change>& changes);
};

} // namespace kz
