#pragma once

#include "domain/Organisation.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;

// What a word on the command line names: a child, school, location, group or account, by number or
// by name, among what the user may see. Not found or more than one: an error that says which.
class ArgumentLookup
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    // A number, or the full name of exactly one child the user may see (left ones included).
    static qint64 child(const Database& db, const Actor& actor, const QString& text);
    // A number, the name, or a unique part of the name of a school in the sociale kaart.
    static qint64 school(const Database& db, const QString& text);
    static qint64 location(const Database& db, const Actor& actor, const QString& text);
    // An archived group of the same name is history: the active one is meant.
    static Group group(const Database& db, const Actor& actor, const QString& text);
    static User user(const Database& db, const Actor& actor, const QString& text);
    // A development domain by number, code ("language") or its Dutch or English name.
    static qint64 domain(const Database& db, const QString& text);
};

} // namespace kz
