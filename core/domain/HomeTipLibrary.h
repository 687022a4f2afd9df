#pragma once

#include <QString>
#include <QStringList>

namespace kz {

// The words Kindzicht ships for talking with parents about one development domain, in Dutch and
// English at language level B1: what goes well, what we work on (%1 is the child's given name)
// and tips for home. A location may replace the tips with its own (ParentTipStore).
struct HomeTips
{
    QString goesWell;  // "%1 speelt graag met andere kinderen."
    QString workingOn; // "We helpen %1 om meer woorden te leren."
    QStringList tips;
};

class HomeTipLibrary
{
public:
    // Domains that are about the family, not the child: nothing of them goes to a parent summary
    // written from the file (family situation, basic needs, communication with the parents).
    static bool isAboutTheFamily(const QString& domainCode);
    // The texts for a domain code ("language", ...); a domain a location added itself gets general
    // words. language "nl" or "en".
    static HomeTips forDomain(const QString& domainCode, const QString& language);
    // Tips for any child, for a summary without anything to work on.
    static QStringList generalTips(const QString& language);
    // The domain codes that have texts of their own, in the order of the domains table.
    static QStringList domainCodes();
};

} // namespace kz
