#pragma once

#include "domain/Handover.h"

#include <QSet>
#include <QString>

namespace kz {

class SqlQuery;

// The sections a consent covers, as stored: their codes, comma separated.
QString handoverSectionCodes(const QSet<HandoverSection>& sections);

// A handover (alias `h`, with its school `p` and who recorded the consent `u`) as every query
// selects it, and its reader; the draft is read only when asked for.
QString handoverColumnsSql();
Handover readHandoverColumns(const SqlQuery& query, bool withDraft);

// What was sent (alias `s`), with the school and who exported it; the content only when asked for.
QString snapshotColumnsSql();
HandoverSnapshot readSnapshotColumns(const SqlQuery& query, bool withContent);

} // namespace kz
