#pragma once

#include "domain/DevelopmentDomain.h"
#include "domain/Enums.h"
#include "domain/Handover.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace kz {

// Translated names for the codes core stores, in one place for both front ends and the documents.
// Some words keep the translation context they were first written in (kz::HandoverRules,
// kz::DossierSummary), so their translations stay as they were.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(kz::Labels)

public:
    static QString role(Role role);
    static QString roles(const QList<Role>& roles);
    static QString groupKind(GroupKind kind);
    static QString leaveReason(LeaveReason reason);
    static QString needStatus(NeedStatus status);
    // The status inside a sentence or a document's table: "discussed with the parents".
    static QString needStatusInText(NeedStatus status);
    // "Level 2 (basic plus)"; empty for a value that is not a level.
    static QString level(int level);
    // "2 (basic plus)": for a column that already says "level".
    static QString levelInColumn(int level);
    static QString partnerStatus(PartnerStatus status);
    // Where a referral stands, inside a sentence: "waiting for help".
    static QString referralStatus(ReferralStatus status);
    // What kind of note an observation is: "what goes well", "a concern", "a note".
    static QString observationKind(ObservationKind kind);
    static QString age(int years, int months);
    // The parents' answer about a handover, inside a sentence: "awaiting an answer".
    static QString consentState(ConsentState state);
    static QString handoverSection(HandoverSection section);
    // The sections given, in the handover's order, comma separated.
    static QString handoverSections(const QSet<HandoverSection>& sections);
    // A development domain in the language of the interface.
    static QString domain(const DevelopmentDomain& domain);
};

} // namespace kz
