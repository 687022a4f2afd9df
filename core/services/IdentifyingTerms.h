#pragma once

#include "Anonymiser.h"
#include "domain/Child.h"
#include "domain/Guardian.h"

#include <QCoreApplication>

namespace kz {

class Database;

// Every name and place Kindzicht knows about one child, with the words that stand in for it in an
// anonymous case: the child, its parents and the other children of its group or family; the
// staff; the groups and locations with their addresses; the known wijken and stadsdelen; the
// partners and schools (by their kind of help); rare home languages; contact details. The caller
// has checked that the actor may see the child.
class IdentifyingTerms
{
    Q_DECLARE_TR_FUNCTIONS(kz::IdentifyingTerms)

public:
    static QList<IdentifyingTerm> forChild(const Database& db, const Child& child,
                                           const QList<Guardian>& guardians);
    // "a Hague neighbourhood" for a child of a location in Den Haag, otherwise "a neighbourhood".
    static QString neighbourhoodOf(const QString& city);
    // The home languages as a case may name them: widely spoken ones by name, the others as
    // "another home language".
    static QString homeLanguages(const QString& languages);
    static bool isCommonLanguage(const QString& language);
};

} // namespace kz
