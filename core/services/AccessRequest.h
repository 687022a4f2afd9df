#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kz {

class Database;

// Inzage: everything Kindzicht holds about one child, and who saw the file when, for the parents'
// access request. Managers of the child's location only; the export itself is audited.
class AccessRequest
{
    Q_DECLARE_TR_FUNCTIONS(kz::AccessRequest)

public:
    static QJsonObject collect(const Database& db, const Actor& actor, qint64 childId);
    // Writes inzage-<child>.json and inzage-<child>.html into `folder`; returns the JSON path.
    static QString exportTo(const Database& db, const Actor& actor, qint64 childId, const QString& folder);
    static QString html(const QJsonObject& everything);
};

} // namespace kz
