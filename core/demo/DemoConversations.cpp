#include "DemoConversations.h"

#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "domain/ParentConversation.h"
#include "store/ConversationStore.h"
#include "store/GuardianStore.h"
#include "store/SupportNeedStore.h"

namespace kz {

namespace {

constexpr int conversationCount = 8;

struct Talk
{
    const char* discussed;
    const char* agreed;
};

// What was discussed and agreed, in the practitioner's words, by the need's domain.
Talk talkAbout(const QString& domainCode)
{
    if (domainCode == QLatin1String("language"))
        return {"Hoe het praten gaat op de groep en thuis; ouders merken dat er weinig woorden komen.",
                "Thuis elke dag voorlezen in de eigen taal; wij benoemen op de groep wat het kind doet."};
    if (domainCode == QLatin1String("social_emotional"))
        return {"Het kind speelt vaak alleen en huilt bij het afscheid.",
                "Rustig afscheid met een vast ritueel; wij helpen bij samen spelen."};
    if (domainCode == QLatin1String("play_motor"))
        return {"Klimmen en knippen gaan nog moeizaam; ouders zien het thuis ook.",
                "Vaker buiten spelen; op de groep oefenen met knippen en plakken."};
    if (domainCode == QLatin1String("behaviour"))
        return {"Het kind wordt snel boos als iets niet lukt.",
                "Dezelfde afspraken thuis en op de groep; complimenten bij wat goed gaat."};
    return {"Hoe het gaat op de groep en thuis.", "Over zes weken samen kijken hoe het gaat."};
}

struct Candidate
{
    qint64 childId = 0;
    qint64 needId = 0;
    QString domainCode;
    QDate signalledOn;
};

// The oldest open need of each child, for the first children (by number) of the location.
QList<Candidate> candidates(const Database& db, qint64 locationId)
{
    SqlQuery q(db, QStringLiteral("SELECT n.child_id, n.id, d.code, n.signalled_on FROM support_needs n "
                                  "JOIN domains d ON d.id = n.domain_id JOIN children c ON c.id = n.child_id "
                                  "JOIN groups g ON g.id = c.group_id WHERE g.location_id = :location AND "
                                  "n.status <> 'closed' AND c.end_date IS NULL ORDER BY n.child_id, "
                                  "n.signalled_on, n.id"));
    q.bind(QStringLiteral(":location"), locationId).exec();
    QList<Candidate> result;
    while (q.next() && result.size() < conversationCount) {
        const Candidate c{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          sql::toDate(q.value(3))};
        if (result.isEmpty() || result.constLast().childId != c.childId)
            result.append(c);
    }
    return result;
}

} // namespace

int createDemoConversations(const Database& db, const Actor& practitioner, qint64 locationId,
                            const QDate& today)
{
    int written = 0;
    for (const Candidate& c : candidates(db, locationId)) {
        ParentConversation talk;
        talk.childId = c.childId;
        talk.heldOn = std::max(c.signalledOn, today.addDays(-(7 + 3 * written)));
        // On a weekday, as conversations at a day-care centre are (and so is the next one, six weeks on).
        while (talk.heldOn.dayOfWeek() > 5 && talk.heldOn.addDays(-1) >= c.signalledOn)
            talk.heldOn = talk.heldOn.addDays(-1);
        talk.language = QStringLiteral("Nederlands");
        QStringList participants;
        for (const Guardian& g : GuardianStore(db).list(practitioner, c.childId)) {
            participants.append(QStringLiteral("%1 (%2)").arg(g.name, g.relation));
            if (g.interpreterNeeded && !talk.interpreterUsed) {
                talk.interpreterUsed = true;
                talk.interpreterLanguage = g.preferredLanguage;
            }
        }
        if (talk.interpreterUsed)
            participants.append(QStringLiteral("tolk (Tolkcentrum, telefonisch)"));
        participants.append(practitioner.displayName);
        talk.participants = participants.join(QStringLiteral(", "));
        const Talk words = talkAbout(c.domainCode);
        talk.discussed = QString::fromUtf8(words.discussed);
        talk.agreed = QString::fromUtf8(words.agreed);
        talk.nextOn = talk.heldOn.addDays(42);
        // Not in the Christmas holidays or on New Year's Day: a week later then.
        while ((talk.nextOn->month() == 12 && talk.nextOn->day() >= 24) ||
               (talk.nextOn->month() == 1 && talk.nextOn->day() == 1))
            talk.nextOn = talk.nextOn->addDays(7);
        ConversationStore(db).create(practitioner, talk, {c.needId});
        ++written;
    }
    return written;
}

} // namespace kz
