#pragma once

#include "domain/Handover.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace kz {

class Database;

struct SchoolRef
{
    qint64 id = 0;
    QString name;
    QString city;
};

// A child around the age of four, with the state of her handovers: the manager's list.
struct HandoverCandidate
{
    qint64 childId = 0;
    QString childName;
    QString groupName;
    QDate birthDate;
    QList<Handover> handovers;    // without drafts
    QList<HandoverSnapshot> sent; // newest first, without their content
    int exportedCount = 0;
    QDate fourthBirthday() const { return birthDate.addYears(4); }
};

// Overdrachten to schools: the parents' consent, the draft, and what was sent (immutable
// snapshots). Every rule of the handover lives here: the GUI and the command line only ask.
class HandoverStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::HandoverStore)

public:
    explicit HandoverStore(const Database& db) : m_db(db) {}

    // Partners of category school that are not defunct, by name.
    QList<SchoolRef> schools() const;
    SchoolRef school(qint64 schoolId) const;

    std::optional<Handover> find(const Actor& actor, qint64 childId, qint64 schoolId) const;
    QList<Handover> forChild(const Actor& actor, qint64 childId) const;
    // Children the actor may see whose fourth birthday lies between `from` and `until`, with their
    // handovers and what was sent: three reads, however many children.
    QList<HandoverCandidate> candidates(const Actor& actor, const QDate& from, const QDate& until) const;

    // Records (or changes) the parents' answer. Denied deletes the draft; the deletion is audited
    // without its content.
    void recordConsent(const Actor& actor, qint64 childId, qint64 schoolId, const HandoverConsent& consent);
    void saveDraft(const Actor& actor, qint64 childId, qint64 schoolId, const HandoverContent& content);

    // Throws Validation with the reason when this content may not go to the school.
    void checkExportable(const Actor& actor, qint64 childId, qint64 schoolId,
                         const HandoverContent& content) const;
    // Keeps what was exported as a new version, in one transaction with `writeFile` (which writes
    // the document and throws when it cannot): no snapshot without a file, no file without one.
    // `version` is the one printed on the document (nextVersion() when it was rendered).
    HandoverSnapshot recordExport(const Actor& actor, qint64 childId, qint64 schoolId,
                                  const HandoverContent& content, const QString& language, int version,
                                  const QByteArray& pdf, const std::function<void()>& writeFile);
    int nextVersion(qint64 childId, qint64 schoolId) const;
    QList<HandoverSnapshot> snapshots(const Actor& actor, qint64 childId) const;
    void recordReceipt(const Actor& actor, qint64 snapshotId, const QDate& receivedOn,
                       const QString& receivedBy);

private:
    void requireSchool(qint64 schoolId) const;
    QList<Handover> read(const QString& where, qint64 childId, qint64 schoolId) const;
    void addHandoversAndSent(const Actor& actor, const QDate& from, const QDate& until,
                             QList<HandoverCandidate>& candidates) const;

    const Database& m_db;
};

} // namespace kz
