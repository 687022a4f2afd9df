#pragma once

#include "db/ChangeFeed.h"

#include <QObject>

namespace kz {

class Database;

// Keeps the open windows current with what others commit: on the organisation's server the
// feed's notifications arrive by themselves; on a file another program's commits are looked for
// whenever Kindzicht becomes the active application again.
class OutsideChanges : public QObject
{
    Q_OBJECT

public:
    explicit OutsideChanges(const Database& db, QObject* parent = nullptr);

private:
    ChangeFeed m_feed;
};

} // namespace kz
