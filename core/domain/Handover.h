#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace kz {

// The parts of an overdracht the parents can agree to one by one. The contact person at the
// location and the wish for a warm handover are about the location, not the child: always shown.
enum class HandoverSection
{
    Personal,
    Development,
    Support,
    Partners,
    Ve,
    ParentsView
};

QString toCode(HandoverSection section);
std::optional<HandoverSection> handoverSectionFromCode(const QString& code);
const QList<HandoverSection>& allHandoverSections();
QSet<HandoverSection> everyHandoverSection();
// The codes of `sections`, in the document's order.
QStringList toCodes(const QSet<HandoverSection>& sections);

enum class ConsentState
{
    NotRequested,
    Awaiting,
    Given,
    Denied
};

QString toCode(ConsentState state);
std::optional<ConsentState> consentStateFromCode(const QString& code);

struct HandoverConsent
{
    ConsentState state = ConsentState::NotRequested;
    std::optional<QDate> date;
    QString givenBy; // a parent's name, as they sign
    qint64 recordedBy = 0;
    QString recordedByName;
    QSet<HandoverSection> sections;
    QString notes;
};

struct DomainDevelopment
{
    qint64 domainId = 0;
    QString domainName;
    QString text;
};

// What the school will read, as composed and edited at the location.
struct HandoverContent
{
    QSet<HandoverSection> sections; // the sections chosen for this document
    QString personal;               // persoonlijke beschrijving
    QString strengths;
    QList<DomainDevelopment> development;
    QString supportThatWorked;
    QString partners;
    QString veProgramme;
    QString veDuration;
    QString parentsView;
    QString contactPerson;
    bool warmHandover = false;

    QByteArray toJson() const;
    static HandoverContent fromJson(const QByteArray& json);
};

// One handover of a child to one school: the consent, the draft being composed.
struct Handover
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 schoolId = 0;
    QString schoolName;
    HandoverConsent consent;
    std::optional<HandoverContent> draft;
};

// What was sent: never changed after export; a new export is a new version.
struct HandoverSnapshot
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 schoolId = 0;
    QString schoolName;
    int version = 0;
    QString language;
    HandoverContent content;
    QString sha256; // of the PDF as written
    qint64 exportedBy = 0;
    QString exportedByName;
    QDateTime exportedAt;
    std::optional<QDate> receivedOn;
    QString receivedBy;
};

} // namespace kz
