#include "HandoverTarget.h"

#include "ArgumentLookup.h"
#include "UsageError.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"

namespace kz {

HandoverTarget HandoverTarget::from(const CommandContext& context, const LoggedIn& session)
{
    const QString schoolText = context.value(QStringLiteral("school"));
    if (schoolText.isEmpty())
        throw UsageError{tr("Name the school with --school (its name or number in the sociale kaart).")};
    const qint64 childId = ArgumentLookup::child(session.db, session.actor, context.argument(0));
    HandoverTarget target;
    target.schoolId = ArgumentLookup::school(session.db, schoolText);
    target.child = ChildStore(session.db).get(session.actor, childId);
    target.schoolName = HandoverStore(session.db).school(target.schoolId).name;
    return target;
}

QCommandLineOption HandoverTarget::schoolOption()
{
    return {QStringLiteral("school"), tr("With handover: the school (name or number in the sociale kaart)."),
            tr("PARTNER")};
}

} // namespace kz
