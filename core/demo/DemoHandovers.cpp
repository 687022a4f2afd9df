#include "DemoHandovers.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "services/HandoverComposer.h"
#include "store/HandoverStore.h"

namespace kz {

namespace {

qint64 schoolNamed(const QList<SchoolRef>& schools, const QString& name)
{
    for (const SchoolRef& s : schools)
        if (s.name == name)
            return s.id;
    return schools.isEmpty() ? 0 : schools.constFirst().id;
}

} // namespace

int createDemoHandovers(const Database& db, const Actor& manager, const QList<qint64>& nearFour,
                        const QDate& today)
{
    struct Candidate
    {
        qint64 id;
        QString familyName;
        bool ve;
    };
    QList<Candidate> children;
    for (qint64 id : nearFour) {
        SqlQuery q(db, QStringLiteral("SELECT family_name, ve_indication_date FROM children WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id).exec();
        if (q.next())
            children.append({id, q.value(0).toString(), !q.value(1).isNull()});
    }

    HandoverStore store(db);
    const QList<SchoolRef> schools = store.schools();
    const QList<qint64> chosen{schoolNamed(schools, QStringLiteral("Katholieke basisschool John F. Kennedy")),
                               schoolNamed(schools, QStringLiteral("Openbare basisschool De Leeuwerikhoeve")),
                               schoolNamed(schools, QStringLiteral("Nutsschool Bezuidenhout"))};
    if (schools.isEmpty())
        return 0;
    int recorded = 0;
    for (qsizetype i = 0; i < children.size() && i < 3; ++i) {
        const Candidate& child = children[i];
        const qint64 school = chosen[i];
        HandoverConsent consent;
        consent.givenBy = QStringLiteral("J. %1").arg(child.familyName); // an invented parent
        if (i == 0) {
            consent.state = ConsentState::Given;
            consent.date = today.addDays(-6);
            consent.sections = everyHandoverSection();
            consent.notes = QStringLiteral("Ouders hebben het concept gelezen in het oudergesprek.");
            store.recordConsent(manager, child.id, school, consent);
            HandoverContent draft =
                HandoverComposer::prefill(db, manager, child.id, school, QStringLiteral("nl"), today);
            draft.warmHandover = true;
            if (child.ve) {
                draft.sections.insert(HandoverSection::Ve);
                draft.veProgramme = QStringLiteral("Uk & Puk");
            }
            HandoverComposer::dropEmptySections(draft);
            store.saveDraft(manager, child.id, school, draft);
        } else if (i == 1) {
            consent.state = ConsentState::Awaiting;
            consent.date = today.addDays(-3); // asked on
            consent.givenBy.clear();
            consent.notes = QStringLiteral("Gevraagd bij het ophalen; ouders denken erover na.");
            store.recordConsent(manager, child.id, school, consent);
        } else {
            consent.state = ConsentState::Denied;
            consent.date = today.addDays(-10);
            consent.notes = QStringLiteral("Ouders vertellen het de school liever zelf.");
            store.recordConsent(manager, child.id, school, consent);
        }
        ++recorded;
    }
    return recorded; // the fourth child has none yet: consent not requested
}

} // namespace kz
