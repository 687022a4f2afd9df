#include "HandoverRows.h"

#include "db/SqlQuery.h"
#include "db/SqlValues.h"

namespace kz {

QString handoverSectionCodes(const QSet<HandoverSection>& sections)
{
    return toCodes(sections).join(QLatin1Char(','));
}

namespace {

QSet<HandoverSection> sectionsFromCodes(const QString& codes)
{
    QSet<HandoverSection> sections;
    for (const QString& code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto s = handoverSectionFromCode(code))
            sections.insert(*s);
    return sections;
}

} // namespace

QString handoverColumnsSql()
{
    return QStringLiteral(
        "SELECT h.id, h.child_id, h.school_id, p.name, h.consent_state, h.consent_date, h.consent_given_by, "
        "h.consent_recorded_by, COALESCE(u.display_name, ''), h.consent_sections, h.consent_notes, h.draft "
        "FROM handovers h JOIN partners p ON p.id = h.school_id LEFT JOIN users u ON u.id = "
        "h.consent_recorded_by ");
}

QString snapshotColumnsSql()
{
    return QStringLiteral(
        "SELECT s.id, s.school_id, p.name, s.version, s.language, s.sha256, s.exported_by, "
        "COALESCE(u.display_name, ''), s.exported_at, s.received_on, s.received_by, s.child_id, s.content "
        "FROM handover_snapshots s JOIN partners p ON p.id = s.school_id LEFT JOIN users u ON u.id = "
        "s.exported_by ");
}

Handover readHandoverColumns(const SqlQuery& q, bool withDraft)
{
    Handover h;
    h.id = q.value(0).toLongLong();
    h.childId = q.value(1).toLongLong();
    h.schoolId = q.value(2).toLongLong();
    h.schoolName = q.value(3).toString();
    h.consent.state = consentStateFromCode(q.value(4).toString()).value_or(ConsentState::NotRequested);
    h.consent.date = sql::toOptionalDate(q.value(5));
    h.consent.givenBy = q.value(6).toString();
    h.consent.recordedBy = q.value(7).toLongLong();
    h.consent.recordedByName = q.value(8).toString();
    h.consent.sections = sectionsFromCodes(q.value(9).toString());
    h.consent.notes = q.value(10).toString();
    if (withDraft && !q.value(11).isNull())
        h.draft = HandoverContent::fromJson(q.value(11).toString().toUtf8());
    return h;
}

HandoverSnapshot readSnapshotColumns(const SqlQuery& q, bool withContent)
{
    HandoverSnapshot s;
    s.id = q.value(0).toLongLong();
    s.schoolId = q.value(1).toLongLong();
    s.schoolName = q.value(2).toString();
    s.version = q.value(3).toInt();
    s.language = q.value(4).toString();
    s.sha256 = q.value(5).toString();
    s.exportedBy = q.value(6).toLongLong();
    s.exportedByName = q.value(7).toString();
    s.exportedAt = sql::toMoment(q.value(8));
    s.receivedOn = sql::toOptionalDate(q.value(9));
    s.receivedBy = q.value(10).toString();
    s.childId = q.value(11).toLongLong();
    if (withContent)
        s.content = HandoverContent::fromJson(q.value(12).toString().toUtf8());
    return s;
}

} // namespace kz
