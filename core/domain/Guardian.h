#pragma once

#include <QString>

namespace kz {

// A parent or guardian of a child: who to talk to, in which language, and whether an
// interpreter is needed for that conversation.
struct Guardian
{
    qint64 id = 0;
    qint64 childId = 0;
    QString name;
    QString relation; // as people say it: moeder, vader, voogd, pleegouder, ...
    QString preferredLanguage;
    bool interpreterNeeded = false;
    QString phone;
    QString email;
    int version = 0; // raised by every change; see store/RowVersion
};

} // namespace kz
