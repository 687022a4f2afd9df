#include "DemoMilestones.h"

#include "domain/Observation.h"
#include "domain/Referral.h"
#include "domain/SupportNeed.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

namespace kz::DemoMilestones {

QDate birthDateTurningFourIn(const QDate& today, int days)
{
    // addYears keeps 29 February children on 28 February in other years, as the law counts ages.
    return today.addDays(days).addYears(-4);
}

void addOverdueNeedWithWaitingReferral(const Database& db, const Actor& author, qint64 childId,
                                       qint64 languageDomainId, qint64 speechTherapistId, const QDate& today)
{
    SupportNeedStore needs(db);
    SupportNeed need;
    need.childId = childId;
    need.domainId = languageDomainId;
    need.level = 2;
    need.description = QStringLiteral("Spreekt in korte zinnen van twee woorden; wordt thuis en op de groep "
                                      "niet altijd begrepen.");
    need.strengths = QStringLiteral("Wijst en doet voor wat ze bedoelt; speelt graag met de poppenhoek.");
    need.agreedActions = QStringLiteral("Dagelijks voorlezen in een klein groepje; benoemen wat ze doet.");
    need.signalledOn = today.addDays(-110);
    need.reviewDate = today.addDays(-12);
    const qint64 needId = needs.create(author, need);
    needs.recordParentsInformed(
        author, needId, today.addDays(-104),
        QStringLiteral("Ouders herkennen het; thuis spreken ze Turks en Nederlands."));
    needs.changeStatus(author, needId, NeedStatus::SupportInPlace,
                       QStringLiteral("Aanpak op de groep gestart."));
    if (speechTherapistId > 0) {
        Referral referral;
        referral.needId = needId;
        referral.partnerId = speechTherapistId;
        referral.referredOn = today.addDays(-95);
        referral.status = ReferralStatus::Waiting;
        ReferralStore(db).create(author, referral);
    }
}

int addChildrenWhoLeft(const Database& db, const Actor& manager, qint64 groupId, qint64 noteDomainId,
                       const QList<Child>& names, const QDate& today, int retentionMonths)
{
    const QList<QDate> endDates{today.addMonths(-(retentionMonths + 2)), today.addMonths(-2)};
    ChildStore children(db);
    int written = 0;
    for (qsizetype i = 0; i < names.size() && i < endDates.size(); ++i) {
        Child c = names[i];
        c.endDate = endDates[i];
        c.leaveReason = LeaveReason::PrimarySchool;
        c.birthDate = c.endDate->addYears(-4).addDays(-20);
        c.startDate = c.birthDate.addMonths(14);
        c.groupId = groupId;
        const qint64 id = children.create(manager, c);
        Observation note;
        note.childId = id;
        note.observedAt = QDateTime(c.endDate->addDays(-40), QTime(10, 15));
        note.kind = ObservationKind::Strength;
        note.domainIds = {noteDomainId};
        note.body = QStringLiteral("%1 vertelt trots over de nieuwe school en helpt de jongste kinderen met "
                                   "opruimen.")
                        .arg(c.givenName);
        ObservationStore(db).create(manager, note);
        ++written;
    }
    return written;
}

} // namespace kz::DemoMilestones
