#pragma once

#include "domain/Handover.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;

// Exports an overdracht: checks the rules, renders the PDF, writes it and keeps the snapshot with
// the file's SHA-256, all or nothing.
class HandoverExport
{
    Q_DECLARE_TR_FUNCTIONS(kz::HandoverExport)

public:
    static HandoverSnapshot toFile(const Database& db, const Actor& actor, qint64 childId, qint64 schoolId,
                                   const HandoverContent& content, const QString& language,
                                   const QString& path);
};

} // namespace kz
