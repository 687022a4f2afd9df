#pragma once

#include "CommandContext.h"
#include "domain/Child.h"

#include <QCoreApplication>

namespace kz {

// The child and school that "handover consent" and "handover export" are about: CHILD and
// --school, looked up among what the user may see.
struct HandoverTarget
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    Child child;
    qint64 schoolId = 0;
    QString schoolName;

    static HandoverTarget from(const CommandContext& context, const LoggedIn& session);
    static QCommandLineOption schoolOption();
};

} // namespace kz
