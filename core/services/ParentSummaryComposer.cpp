#include "ParentSummaryComposer.h"

#include "Error.h"
#include "PartnerSuggestions.h"
#include "domain/Bilingual.h"
#include "domain/HomeTipLibrary.h"
#include "store/ChildStore.h"
#include "store/ConversationStore.h"
#include "store/DomainStore.h"
#include "store/ObservationStore.h"
#include "store/OrganisationStore.h"
#include "store/ParentTipStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

#include <QHash>
#include <QLocale>

namespace kz {

namespace {

constexpr int strengthMonths = 6;
constexpr int maxStrengths = 3;
constexpr int maxTipDomains = 2;
constexpr int tipsPerDomain = 2;
constexpr int maxOrganisations = 2;

const BilingualText words[] = {
    {"title", "Hoe gaat het met %1?", "How is %1 doing?"},
    {"strengths", "Wat goed gaat", "What goes well"},
    {"workingOn", "Waar we aan werken", "What we are working on"},
    {"tips", "Wat u thuis kunt doen", "What you can do at home"},
    {"help", "Wie kan helpen", "Who can help"},
    {"next", "Ons volgende gesprek", "Our next talk"},
    {"nothingToWorkOn", "Op dit moment letten we nergens extra op.",
     "Right now there is nothing we pay extra attention to."},
    {"canHelp", "Zij kunnen u en %1 hierbij helpen.", "They can help you and %1 with this."},
    {"call", "Bel %1.", "Call %1."},
    {"mail", "Of mail naar %1.", "Or send an email to %1."},
    {"mailOnly", "Mail naar %1.", "Send an email to %1."},
    {"web", "Kijk op %1.", "Look at %1."},
    {"address", "Het adres is %1.", "The address is %1."},
    {"weFindTheWay", "Wij helpen u graag om contact te maken.", "We are glad to help you get in touch."},
    {"askUs", "Heeft u vragen? Praat er gerust over met ons.",
     "Do you have questions? Feel free to talk to us."},
    {"nextOn", "Ons volgende gesprek is op %1.", "Our next talk is on %1."},
    {"nextUnknown", "We maken graag een nieuwe afspraak met u.",
     "We would like to make a new appointment with you."},
    {"dropIn", "U mag ons ook altijd even aanspreken.", "You can always come and talk to us."},
};

QString word(const char* key, const QString& language)
{
    return bilingual(words, key, language);
}

QString bullets(const QStringList& lines)
{
    QStringList result;
    for (const QString& line : lines)
        result.append(QStringLiteral("- ") + line);
    return result.join(QLatin1Char('\n'));
}

struct ChildFile
{
    Child child;
    QHash<qint64, DevelopmentDomain> domains;
    QList<qint64> needDomains;     // open needs not about the family, first signalled first
    QList<qint64> needIds;         // the same needs
    QList<qint64> strengthDomains; // with readable notes that say what goes well
    std::optional<qint64> locationId;
};

bool aboutTheChild(const ChildFile& file, qint64 domainId)
{
    return file.domains.contains(domainId) && !HomeTipLibrary::isAboutTheFamily(file.domains[domainId].code);
}

ChildFile readFile(const Database& db, const Actor& actor, qint64 childId, const QDate& today)
{
    ChildFile file;
    file.child = ChildStore(db).get(actor, childId);
    for (const DevelopmentDomain& d : DomainStore(db).all(true))
        file.domains.insert(d.id, d);
    QList<SupportNeed> needs = SupportNeedStore(db).forChild(actor, childId);
    std::reverse(needs.begin(), needs.end());
    for (const SupportNeed& n : needs)
        if (n.status != NeedStatus::Closed && aboutTheChild(file, n.domainId)) {
            file.needIds.append(n.id);
            if (!file.needDomains.contains(n.domainId))
                file.needDomains.append(n.domainId);
        }
    const QDateTime since(today.addMonths(-strengthMonths), QTime(0, 0));
    for (const Observation& o : ObservationStore(db).forChild(actor, childId)) {
        if (o.kind != ObservationKind::Strength || o.restricted || o.hidden || o.observedAt < since)
            continue;
        for (qint64 d : o.domainIds)
            if (aboutTheChild(file, d) && !file.strengthDomains.contains(d))
                file.strengthDomains.append(d);
    }
    try {
        file.locationId = OrganisationStore(db).group(actor, file.child.groupId).locationId;
    } catch (const Error&) {
        // a group out of the user's view: the shipped tips are used
    }
    return file;
}

QString strengths(const ChildFile& file, const QString& language)
{
    QList<qint64> chosen = file.strengthDomains;
    for (const QString& code : HomeTipLibrary::domainCodes())
        for (const DevelopmentDomain& d : file.domains)
            if (d.code == code && d.active && !chosen.contains(d.id))
                chosen.append(d.id);
    // What we work on is not also told as what goes well: the parents would read both at once.
    chosen.removeIf([&file](qint64 d) { return file.needDomains.contains(d); });
    QStringList lines;
    for (qint64 d : chosen.mid(0, maxStrengths))
        lines.append(
            HomeTipLibrary::forDomain(file.domains[d].code, language).goesWell.arg(file.child.givenName));
    return lines.join(QLatin1Char('\n'));
}

QString workingOn(const ChildFile& file, const QString& language)
{
    QStringList lines;
    for (qint64 d : file.needDomains) {
        const QString line =
            HomeTipLibrary::forDomain(file.domains[d].code, language).workingOn.arg(file.child.givenName);
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines.isEmpty() ? word("nothingToWorkOn", language) : lines.join(QLatin1Char('\n'));
}

QString tips(const Database& db, const ChildFile& file, const QString& language)
{
    QStringList lines;
    for (qint64 d : file.needDomains.mid(0, maxTipDomains)) {
        std::optional<QStringList> own;
        if (file.locationId)
            own = ParentTipStore(db).tips(*file.locationId, d, language);
        const QStringList domainTips =
            own ? *own : HomeTipLibrary::forDomain(file.domains[d].code, language).tips;
        lines += domainTips.mid(0, tipsPerDomain);
    }
    if (lines.isEmpty())
        lines = HomeTipLibrary::generalTips(language);
    return bullets(lines);
}

// The organisation's own phone and email, else a contact's, else its website or address; without
// any of those, we offer to find the way for the parents.
QStringList howToReach(const Partner& p, const QString& language)
{
    QString phone = p.phone;
    QString email = p.email;
    for (const PartnerContact& c : p.contacts) {
        if (phone.isEmpty())
            phone = c.phone;
        if (email.isEmpty())
            email = c.email;
    }
    QStringList lines;
    if (!phone.isEmpty())
        lines.append(word("call", language).arg(phone));
    if (!email.isEmpty())
        lines.append(word(lines.isEmpty() ? "mailOnly" : "mail", language).arg(email));
    if (lines.isEmpty() && !p.website.isEmpty())
        lines.append(word("web", language).arg(p.website));
    if (lines.isEmpty() && !p.address.isEmpty())
        lines.append(
            word("address", language).arg(QStringList{p.address, p.city}.join(QStringLiteral(", "))));
    if (lines.isEmpty())
        lines.append(word("weFindTheWay", language));
    return lines;
}

// Referrals of the needs told about first; without any, the partner that fits each need best.
QList<qint64> helpingPartners(const Database& db, const Actor& actor, const ChildFile& file,
                              const QDate& today)
{
    QList<qint64> partners;
    for (const Referral& r : ReferralStore(db).forChild(actor, file.child.id))
        if (file.needIds.contains(r.needId) && r.status != ReferralStatus::Completed &&
            r.status != ReferralStatus::Declined && !partners.contains(r.partnerId))
            partners.append(r.partnerId);
    if (partners.isEmpty())
        for (qint64 needId : file.needIds) {
            const QList<PartnerSuggestion> suggestions =
                PartnerSuggestions::forNeed(db, actor, needId, today);
            if (!suggestions.isEmpty() && !partners.contains(suggestions.constFirst().partner.id))
                partners.append(suggestions.constFirst().partner.id);
        }
    return partners.mid(0, maxOrganisations);
}

QString help(const Database& db, const Actor& actor, const ChildFile& file, const QString& language,
             const QDate& today)
{
    QStringList paragraphs;
    for (qint64 partnerId : helpingPartners(db, actor, file, today)) {
        const Partner p = PartnerStore(db).get(actor, partnerId);
        // The name on a line of its own: an organisation's name is not a sentence to shorten.
        QStringList lines{word("canHelp", language).arg(file.child.givenName)};
        lines += howToReach(p, language);
        paragraphs.append(p.name + QLatin1Char('\n') + lines.join(QLatin1Char(' ')));
    }
    paragraphs.append(word("askUs", language));
    return paragraphs.join(QLatin1Char('\n'));
}

QString nextConversation(const Database& db, const Actor& actor, const ChildFile& file,
                         const QString& language, const QDate& today)
{
    const QList<ParentConversation> conversations = ConversationStore(db).forChild(actor, file.child.id);
    QString first = word("nextUnknown", language);
    if (!conversations.isEmpty() && conversations.constFirst().nextOn &&
        *conversations.constFirst().nextOn >= today) {
        const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
        first =
            word("nextOn", language)
                .arg(locale.toString(*conversations.constFirst().nextOn, QStringLiteral("dddd d MMMM yyyy")));
    }
    return first + QLatin1Char('\n') + word("dropIn", language);
}

} // namespace

QStringList ParentSummaryComposer::headings(const QString& language)
{
    return {word("strengths", language), word("workingOn", language), word("tips", language),
            word("help", language), word("next", language)};
}

ParentSummaryContent ParentSummaryComposer::compose(const Database& db, const Actor& actor, qint64 childId,
                                                    const QString& language, const QDate& today)
{
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        throw Error(Error::Kind::Validation,
                    tr("A summary for parents is written in Dutch (nl) or English (en)."));
    const ChildFile file = readFile(db, actor, childId, today);
    ParentSummaryContent content;
    content.language = language;
    content.title = word("title", language).arg(file.child.givenName);
    content.strengths = strengths(file, language);
    content.workingOn = workingOn(file, language);
    content.tips = tips(db, file, language);
    content.help = help(db, actor, file, language, today);
    content.nextConversation = nextConversation(db, actor, file, language, today);
    return content;
}

} // namespace kz
