#pragma once

#include <QString>

namespace kz {

// Thrown by a command for wrong usage: the command line exits with 2 and prints the message.
struct UsageError
{
    QString message;
};

} // namespace kz
