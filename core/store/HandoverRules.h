#pragma once

#include "domain/Handover.h"

#include <QCoreApplication>
#include <optional>

namespace kz {

class Database;

// What must hold before an overdracht may go to a school; HandoverStore checks access first.
class HandoverRules
{
    Q_DECLARE_TR_FUNCTIONS(kz::HandoverRules)

public:
    // Throws Validation, with the reason a person can act on, unless: the parents' consent is
    // given and covers every chosen section, a VE indication comes with programme and duration,
    // no chosen section is empty, a contact person is named, and no restricted observation of
    // the child appears in the text.
    static void check(const Database& db, qint64 childId, const std::optional<Handover>& handover,
                      const HandoverContent& content);

    // A chosen section with nothing written in it.
    static bool isEmpty(const HandoverContent& content, HandoverSection section);
};

} // namespace kz
