#include "HandoverDocument.h"

#include "Clock.h"
#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Bilingual.h"
#include "services/HandoverComposer.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/HandoverStore.h"

#include <QLocale>

namespace kz {

namespace {

// The document's own words: a school may need English while the location works in Dutch, so
// these do not follow the interface translation.
constexpr BilingualText labels[] = {
    {"title", "Overdracht naar de basisschool", "Handover to primary school"},
    {"intro",
     "Dit document is met toestemming van de ouders gedeeld. Vertrouwelijk: bewaar het in het dossier van "
     "de leerling en deel het niet verder.",
     "This document is shared with the parents' consent. Confidential: keep it in the pupil's file and do "
     "not pass "
     "it on."},
    {"child", "Kind", "Child"},
    {"born", "Geboortedatum", "Date of birth"},
    {"school", "School", "School"},
    {"location", "Kinderopvang", "Childcare location"},
    {"date", "Datum", "Date"},
    {"version", "Versie", "Version"},
    {"consent", "Toestemming ouders", "Parents' consent"},
    {"consent_text", "gegeven op %1 door %2", "given on %1 by %2"},
    {"personal", "Persoonlijke beschrijving en sterke kanten", "Personal description and strengths"},
    {"strengths", "Wat goed gaat", "What goes well"},
    {"development", "Ontwikkeling per ontwikkelingsgebied", "Development per domain"},
    {"support", "Ondersteuning die werkte", "Support that worked"},
    {"partners", "Betrokken partners", "Partners involved"},
    {"ve", "Voorschoolse educatie (VE)", "Early childhood education (VE)"},
    {"ve_programme", "Programma", "Programme"},
    {"ve_duration", "Duur van deelname", "Duration of participation"},
    {"parents_view", "Zienswijze van de ouders", "The parents' view"},
    {"contact", "Contact met de kinderopvang", "Contact at the childcare location"},
    {"contact_person", "Contactpersoon", "Contact person"},
    {"warm", "Warme overdracht", "Warm handover"},
    {"warm_yes", "een gesprek met de school is gewenst", "a conversation with the school is wanted"},
    {"warm_no", "niet nodig", "not needed"},
    {"page", "Pagina %1 van %2", "Page %1 of %2"},
    {"draft", "Concept, nog niet voor de school", "Draft, not yet for the school"},
};

QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& line : text.trimmed().split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p style='margin: 0 0 4px 0'>%1</p>").arg(line.trimmed().toHtmlEscaped());
    }
    return html;
}

} // namespace

HandoverDocument::HandoverDocument(HandoverContent content, HandoverDocumentInfo info)
    : m_content(std::move(content)), m_info(std::move(info))
{}

HandoverDocument HandoverDocument::compose(const Database& db, const Actor& actor, qint64 childId,
                                           qint64 schoolId, const HandoverContent& content,
                                           const QString& language)
{
    const Child child = ChildStore(db).get(actor, childId);
    const HandoverStore store(db);
    HandoverDocumentInfo info;
    info.childName = child.fullName();
    info.birthDate = child.birthDate;
    info.schoolName = store.school(schoolId).name;
    info.locationName = HandoverComposer::locationName(db, childId);
    info.date = Clock::today();
    info.version = store.nextVersion(childId, schoolId);
    info.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (const auto handover = store.find(actor, childId, schoolId);
        handover && handover->consent.state == ConsentState::Given) {
        info.consentDate = handover->consent.date;
        info.consentGivenBy = handover->consent.givenBy;
    }
    for (const DevelopmentDomain& d : DomainStore(db).all(true))
        info.domains.insert(d.id, d);
    return HandoverDocument(content, info);
}

HandoverDocument HandoverDocument::sent(const Database& db, const Actor& actor,
                                        const HandoverSnapshot& snapshot)
{
    const HandoverDocument current =
        compose(db, actor, snapshot.childId, snapshot.schoolId, snapshot.content, snapshot.language);
    HandoverDocumentInfo info = current.info();
    info.version = snapshot.version;
    info.date = snapshot.exportedAt.toLocalTime().date();
    return HandoverDocument(snapshot.content, info);
}

void HandoverDocument::recordPrinted(const Database& db, const Actor& actor, qint64 childId,
                                     qint64 snapshotId)
{
    Transaction transaction(db);
    AccessPolicy::requireChild(db, actor, childId);
    AuditLog::record(db, actor, QStringLiteral("export"), QStringLiteral("handover"),
                     snapshotId > 0 ? std::optional<qint64>(snapshotId) : std::nullopt, childId,
                     snapshotId > 0 ? QStringLiteral("printed") : QStringLiteral("draft printed"));
    transaction.commit();
}

QString HandoverDocument::text(const char* key) const
{
    return bilingual(labels, key, m_info.language);
}

QString HandoverDocument::section(const char* key, const QString& body) const
{
    return QStringLiteral("<h2 style='font-size: 12pt; color: #1f4e5f; margin: 14px 0 4px 0'>%1</h2>%2")
        .arg(text(key).toHtmlEscaped(), body);
}

QString HandoverDocument::title() const
{
    return text("title") + QStringLiteral(": ") + m_info.childName;
}

QString HandoverDocument::longDate(const QDate& date) const
{
    const QLocale locale = m_info.language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::Dutch, QLocale::Netherlands);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString HandoverDocument::html() const
{
    const auto day = [this](const QDate& d) { return longDate(d); };
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width='30%' style='padding: 2px 12px 2px 0; color: #555'>%1</td><td "
                              "style='padding: 2px 0'>"
                              "%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto has = [&](HandoverSection s) { return m_content.sections.contains(s); };

    QString html = QStringLiteral("<html><body style='font-family: \"DejaVu Sans\"; font-size: 10pt;'>");
    html += QStringLiteral("<h1 style='font-size: 17pt; color: #1f4e5f; margin-bottom: 2px'>%1</h1>")
                .arg(text("title").toHtmlEscaped());
    html +=
        QStringLiteral("<p style='color: #555; font-size: 8.5pt'>%1</p>").arg(text("intro").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' width='100%'>");
    html += row(text("child"), m_info.childName);
    html += row(text("born"), day(m_info.birthDate));
    html += row(text("school"), m_info.schoolName);
    html += row(text("location"), m_info.locationName);
    html += row(text("date"), day(m_info.date));
    if (m_info.version > 1)
        html += row(text("version"), QString::number(m_info.version));
    if (m_info.consentDate)
        html +=
            row(text("consent"), text("consent_text").arg(day(*m_info.consentDate), m_info.consentGivenBy));
    html += QStringLiteral("</table>");

    // Strengths first: the school meets the child before it reads about needs.
    if (has(HandoverSection::Personal)) {
        QString body = paragraphs(m_content.personal);
        if (!m_content.strengths.trimmed().isEmpty())
            body += QStringLiteral("<h3 style='font-size: 10.5pt; margin: 8px 0 2px 0'>%1</h3>%2")
                        .arg(text("strengths").toHtmlEscaped(), paragraphs(m_content.strengths));
        html += section("personal", body);
    }
    if (has(HandoverSection::Development)) {
        QString body;
        for (const DomainDevelopment& d : m_content.development) {
            if (d.text.trimmed().isEmpty())
                continue;
            const QString name = m_info.domains.contains(d.domainId)
                                     ? m_info.domains.value(d.domainId).label(m_info.language)
                                     : d.domainName;
            body += QStringLiteral("<h3 style='font-size: 10.5pt; margin: 8px 0 2px 0'>%1</h3>%2")
                        .arg(name.toHtmlEscaped(), paragraphs(d.text));
        }
        html += section("development", body);
    }
    if (has(HandoverSection::Support))
        html += section("support", paragraphs(m_content.supportThatWorked));
    if (has(HandoverSection::Partners))
        html += section("partners", paragraphs(m_content.partners));
    if (has(HandoverSection::Ve))
        html += section("ve", QStringLiteral("<table cellspacing='0' width='100%'>%1%2</table>")
                                  .arg(row(text("ve_programme"), m_content.veProgramme),
                                       row(text("ve_duration"), m_content.veDuration)));
    if (has(HandoverSection::ParentsView))
        html += section("parents_view", paragraphs(m_content.parentsView));
    html += section("contact",
                    QStringLiteral("<table cellspacing='0' width='100%'>%1%2</table>")
                        .arg(row(text("contact_person"), m_content.contactPerson),
                             row(text("warm"), text(m_content.warmHandover ? "warm_yes" : "warm_no"))));
    html += QStringLiteral("</body></html>");
    return html;
}

PagedDocument HandoverDocument::paged(bool draft) const
{
    PageFrame frame{m_info.locationName, draft ? text("draft") : longDate(m_info.date), title(),
                    [this](int page, int pages) { return text("page").arg(page).arg(pages); }};
    return PagedDocument(html(), std::move(frame), QFont(QStringLiteral("DejaVu Sans"), 10));
}

QByteArray HandoverDocument::pdf() const
{
    return paged().pdf(title());
}

} // namespace kz
