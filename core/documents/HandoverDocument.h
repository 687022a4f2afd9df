#pragma once

#include "PagedDocument.h"
#include "domain/DevelopmentDomain.h"
#include "domain/Handover.h"
#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace kz {

class Database;

// What the document says about itself, besides the content.
struct HandoverDocumentInfo
{
    QString childName;
    QDate birthDate;
    QString schoolName;
    QString locationName;
    QDate date;
    int version = 1;
    QString language = QStringLiteral("nl"); // "nl" or "en", independent of the interface
    std::optional<QDate> consentDate;
    QString consentGivenBy;
    QHash<qint64, DevelopmentDomain> domains; // for the domain names in the document's language
};

// The overdracht as the school reads it: strengths first, then development, support, partners,
// VE, the parents' view and the contact at the location. Sections outside content.sections are
// absent. The same HTML is the preview in the GUI and the body of the A4 PDF/A-1b.
class HandoverDocument
{
    Q_DECLARE_TR_FUNCTIONS(kz::HandoverDocument)

public:
    HandoverDocument(HandoverContent content, HandoverDocumentInfo info);

    // Gathers the child, school, location, consent and domains for `content` from the database.
    static HandoverDocument compose(const Database& db, const Actor& actor, qint64 childId, qint64 schoolId,
                                    const HandoverContent& content, const QString& language);

    // A handover as it was sent: its content, language, version and date (the list's "print").
    static HandoverDocument sent(const Database& db, const Actor& actor, const HandoverSnapshot& snapshot);
    // A printed handover left the program: into the audit trail, like its export. `snapshotId` is
    // the version printed, or 0 for a draft printed from the wizard's preview.
    static void recordPrinted(const Database& db, const Actor& actor, qint64 childId, qint64 snapshotId);

    const HandoverDocumentInfo& info() const { return m_info; }
    const HandoverContent& content() const { return m_content; }
    QString title() const;
    QString html() const;
    // The PDF bytes (needs a QGuiApplication; offscreen will do). Throws kz::Error when the fonts
    // are missing, since Qt would otherwise write a document without text.
    QByteArray pdf() const;
    // The same pages for a printer or the print preview; a draft says so in the header of every page.
    PagedDocument paged(bool draft = false) const;

private:
    QString text(const char* key) const;
    QString longDate(const QDate& date) const; // "22 november 2026" in the document's language
    QString section(const char* key, const QString& body) const;

    HandoverContent m_content;
    HandoverDocumentInfo m_info;
};

} // namespace kz
