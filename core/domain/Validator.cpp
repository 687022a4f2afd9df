#include "Validator.h"

#include "Error.h"

#include <QRegularExpression>
#include <QUrl>

namespace kz {

namespace {

// A few minutes of clock difference between workstations should not reject a fresh note.
constexpr qint64 allowedClockSkewSeconds = 5 * 60;

} // namespace

void Validator::reject(const QString& message)
{
    throw Error(Error::Kind::Validation, message);
}

void Validator::requireText(const QString& value, const QString& fieldLabel)
{
    if (value.trimmed().isEmpty())
        reject(tr("%1 may not be empty.").arg(fieldLabel));
    limitText(value, fieldLabel);
}

void Validator::limitText(const QString& value, const QString& fieldLabel)
{
    if (value.size() > maxTextLength)
        reject(tr("%1 is longer than %2 characters.").arg(fieldLabel).arg(maxTextLength));
    // A broken character (half of an emoji, say) would be silently replaced on storage.
    if (!QStringView(value).isValidUtf16())
        reject(tr("%1 contains a broken character; please type or paste it again.").arg(fieldLabel));
    // NUL and other control characters hide text from the eye and break exports; tab and line
    // breaks are writing.
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            reject(tr("%1 contains a control character (code %2) that cannot be stored; remove it and try "
                      "again.")
                       .arg(fieldLabel)
                       .arg(static_cast<int>(u)));
    }
}

bool Validator::isDutchPostcode(const QString& postcode)
{
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Za-z]{2}$"));
    return pattern.match(postcode.trimmed()).hasMatch();
}

QString Validator::normalisedPostcode(const QString& postcode, const QString& country)
{
    const QString trimmed = postcode.trimmed().toUpper();
    const bool dutch = country.isEmpty() || country.compare(QLatin1String("NL"), Qt::CaseInsensitive) == 0;
    if (!dutch || !isDutchPostcode(trimmed))
        return trimmed;
    return trimmed.left(4) + QLatin1Char(' ') + trimmed.right(2);
}

bool Validator::isEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$"));
    return pattern.match(email.trimmed()).hasMatch();
}

bool Validator::isPhoneNumber(const QString& phone)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()\\-]{6,20}$"));
    const QString trimmed = phone.trimmed();
    qsizetype digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    return allowed.match(trimmed).hasMatch() && digits >= 6;
}

bool Validator::isWebAddress(const QString& url)
{
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    return parsed.isValid() &&
           (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https")) &&
           parsed.host().contains(QLatin1Char('.'));
}

void Validator::check(const Location& location)
{
    requireText(location.name, tr("The location's name"));
    static const QRegularExpression lrk(QStringLiteral("^[0-9]{9}$"));
    if (!location.lrkNumber.isEmpty() && !lrk.match(location.lrkNumber).hasMatch())
        reject(tr("The LRK number must be 9 digits (found \"%1\").").arg(location.lrkNumber));
    if (!location.postcode.isEmpty() && !isDutchPostcode(location.postcode))
        reject(tr("\"%1\" is not a Dutch postcode (four digits and two letters, like 2593 AB).")
                   .arg(location.postcode));
}

void Validator::check(const Group& group)
{
    requireText(group.name, tr("The group's name"));
    if (group.minAgeMonths < 0 || group.maxAgeMonths <= group.minAgeMonths)
        reject(tr("The group's age range must run from a lower to a higher age."));
    if (group.maxAgeMonths > maxChildAgeYears * 12)
        reject(tr("A group cannot be meant for children older than %1 years.").arg(maxChildAgeYears));
    if (group.capacity < 1 || group.capacity > 200)
        reject(tr("The group's capacity must be between 1 and 200 children."));
}

void Validator::check(const Child& child, const QDate& today)
{
    requireText(child.givenName, tr("The given name"));
    requireText(child.familyName, tr("The family name"));
    if (!child.birthDate.isValid())
        reject(tr("The birth date is missing or not a valid date."));
    if (child.birthDate > today)
        reject(tr("The birth date lies in the future."));
    if (child.birthDate.addYears(maxChildAgeYears) < today && !child.endDate)
        reject(tr("A child born on %1 is older than %2; childcare ends at that age.")
                   .arg(child.birthDate.toString(Qt::ISODate))
                   .arg(maxChildAgeYears));
    if (!child.startDate.isValid())
        reject(tr("The start date is missing or not a valid date."));
    if (child.startDate < child.birthDate)
        reject(tr("The start date lies before the birth date."));
    if (child.endDate && (!child.endDate->isValid() || *child.endDate < child.startDate))
        reject(tr("The end date lies before the start date."));
    if (child.veIndicationDate &&
        (!child.veIndicationDate->isValid() || *child.veIndicationDate < child.birthDate))
        reject(tr("The VE indication date lies before the birth date."));
    if (child.veIndicationDate && *child.veIndicationDate > today)
        reject(tr("The VE indication date lies in the future."));
    if (child.groupId <= 0)
        reject(tr("Choose the child's group."));
    if (child.leaveReason && !child.endDate)
        reject(tr("A reason for leaving needs the date the child left."));
    limitText(child.neighbourhood, tr("The neighbourhood"));
    limitText(child.homeLanguages, tr("The home languages"));
    static const QRegularExpression externalNumber(QStringLiteral("^[A-Za-z0-9._/-]{1,40}$"));
    if (!child.externalNumber.isEmpty() && !externalNumber.match(child.externalNumber.trimmed()).hasMatch())
        reject(tr("The child number \"%1\" may hold up to 40 letters, digits, dots, dashes or slashes.")
                   .arg(child.externalNumber));
}

void Validator::check(const Guardian& guardian)
{
    requireText(guardian.name, tr("The parent's or guardian's name"));
    if (guardian.name.size() > 200)
        reject(tr("The parent's or guardian's name is longer than 200 characters."));
    limitText(guardian.relation, tr("The relation"));
    limitText(guardian.preferredLanguage, tr("The preferred language"));
    if (!guardian.email.trimmed().isEmpty() && !isEmail(guardian.email))
        reject(tr("\"%1\" is not an email address.").arg(guardian.email));
    if (!guardian.phone.trimmed().isEmpty() && !isPhoneNumber(guardian.phone))
        reject(tr("\"%1\" is not a phone number.").arg(guardian.phone));
}

void Validator::check(const SupportNeed& need, const QDate& today)
{
    if (need.level < 1 || need.level > 3)
        reject(tr("The level must be 1, 2 or 3 (found %1).").arg(need.level));
    if (need.domainId <= 0)
        reject(tr("Choose the development domain of the support need."));
    requireText(need.description, tr("The description"));
    limitText(need.strengths, tr("What works"));
    limitText(need.agreedActions, tr("The agreed actions"));
    limitText(need.parentsResponse, tr("The parents' response"));
    if (!need.signalledOn.isValid())
        reject(tr("The date of the signal is missing or not a valid date."));
    if (need.signalledOn > today)
        reject(tr("The date of the signal lies in the future."));
    if (need.reviewDate && (!need.reviewDate->isValid() || *need.reviewDate < need.signalledOn))
        reject(tr("The review date lies before the date of the signal."));
    if (need.parentsInformedOn && *need.parentsInformedOn > today)
        reject(tr("The date the parents were informed lies in the future."));
    if (need.parentsInformedOn && *need.parentsInformedOn < need.signalledOn)
        reject(tr("The parents cannot have been informed before the signal."));
    if (need.status == NeedStatus::Closed && need.closedReason.trimmed().isEmpty())
        reject(tr("Give a reason for closing the support need."));
}

void Validator::check(const Observation& observation, const QDateTime& now)
{
    requireText(observation.body, tr("The observation"));
    if (!observation.observedAt.isValid())
        reject(tr("The moment of the observation is missing or not valid."));
    if (observation.observedAt > now.addSecs(allowedClockSkewSeconds))
        reject(tr("The moment of the observation lies in the future."));
    if (observation.domainIds.isEmpty())
        reject(tr("Choose at least one development domain for the observation."));
}

void Validator::check(const Partner& partner)
{
    requireText(partner.name, tr("The partner's name"));
    limitText(partner.description, tr("The description"));
    limitText(partner.address, tr("The address"));
    limitText(partner.postcode, tr("The postcode"));
    limitText(partner.city, tr("The city"));
    limitText(partner.assurer, tr("The verifier"));
    for (const QString& text : partner.audience + partner.languages + partner.serviceAreas)
        limitText(text, tr("A list entry"));
    if (partner.categoryCode.trimmed().isEmpty())
        reject(tr("Choose the partner's category."));
    if (partner.minimumAge && (*partner.minimumAge < 0 || *partner.minimumAge > 120))
        reject(tr("The minimum age must be between 0 and 120 years."));
    if (partner.maximumAge && (*partner.maximumAge < 0 || *partner.maximumAge > 120))
        reject(tr("The maximum age must be between 0 and 120 years."));
    if (partner.minimumAge && partner.maximumAge && *partner.minimumAge > *partner.maximumAge)
        reject(tr("The minimum age is higher than the maximum age."));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Za-z]{2}$"));
    if (!partner.country.isEmpty() && !countryCode.match(partner.country).hasMatch())
        reject(tr("\"%1\" is not a country code (two letters, like NL or BE).").arg(partner.country));
    const bool dutch =
        partner.country.isEmpty() || partner.country.compare(QLatin1String("NL"), Qt::CaseInsensitive) == 0;
    if (dutch && !partner.postcode.isEmpty() && !isDutchPostcode(partner.postcode))
        reject(tr("\"%1\" is not a Dutch postcode (four digits and two letters, like 2593 AB).")
                   .arg(partner.postcode));
    if (!partner.email.isEmpty() && !isEmail(partner.email))
        reject(tr("\"%1\" is not an email address.").arg(partner.email));
    if (!partner.phone.isEmpty() && !isPhoneNumber(partner.phone))
        reject(tr("\"%1\" is not a phone number.").arg(partner.phone));
    if (!partner.website.isEmpty() && !isWebAddress(partner.website))
        reject(tr("\"%1\" is not a web address.").arg(partner.website));
    for (const QString& service : partner.services)
        limitText(service, tr("A service"));
    for (const PartnerContact& contact : partner.contacts) {
        requireText(contact.name, tr("A contact's name"));
        limitText(contact.role, tr("A contact's role"));
        if (!contact.email.isEmpty() && !isEmail(contact.email))
            reject(tr("\"%1\" is not an email address.").arg(contact.email));
        if (!contact.phone.isEmpty() && !isPhoneNumber(contact.phone))
            reject(tr("\"%1\" is not a phone number.").arg(contact.phone));
    }
}

void Validator::check(const Referral& referral, const QDate& today)
{
    if (referral.partnerId <= 0)
        reject(tr("Choose the partner the child is referred to."));
    if (!referral.referredOn.isValid())
        reject(tr("The referral date is missing or not a valid date."));
    if (referral.referredOn > today)
        reject(tr("The referral date lies in the future."));
    if (referral.startedOn && *referral.startedOn < referral.referredOn)
        reject(tr("Help cannot have started before the referral."));
    if (referral.endedOn && *referral.endedOn < referral.referredOn)
        reject(tr("The referral cannot have ended before it was made."));
    limitText(referral.note, tr("The note"));
}

void Validator::checkPassword(const QString& password, const QString& username)
{
    bool letter = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : password) {
        letter |= c.isLetter();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    const int kinds = int(letter) + int(digit) + int(other);
    if (password.size() < 10 || (kinds < 2 && password.size() < 16))
        reject(tr("A password needs at least 10 characters with letters and digits or other signs, or 16 "
                  "characters of any kind."));
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        reject(tr("A password may not contain the user name."));
}

void Validator::checkUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!pattern.match(username).hasMatch())
        reject(tr("A user name has 2 to 64 lower-case letters, digits, dots, dashes or underscores."));
}

} // namespace kz
