#pragma once

#include "domain/User.h"

#include <QCoreApplication>

namespace kz {

class Database;

// Turns a user name and password into an Actor, or refuses with one message that does not say
// which of the two was wrong.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(kz::Authenticator)

public:
    static Actor login(const Database& db, const QString& username, const QString& password);
};

} // namespace kz
