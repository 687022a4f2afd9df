#include "PartnerCsvVocabulary.h"

#include <QHash>
#include <QRegularExpression>

namespace kz {

// Header names in both languages; the first two are what the export writes.
const QList<PartnerCsvColumn>& PartnerCsvVocabulary::columns()
{
    static const QList<PartnerCsvColumn> table = {
        {PartnerField::HsdsId, false, "id", "id", {"hsds id", "identifier"}},
        {PartnerField::Name, false, "naam", "name", {"organisatie", "organisation", "organization"}},
        {PartnerField::Category, false, "categorie", "category", {"soort", "type"}},
        {PartnerField::ServiceAreas,
         false,
         "wijk",
         "neighbourhood",
         {"wijken", "neighborhood", "neighbourhoods"}},
        {PartnerField::ServiceAreas, true, "stadsdeel", "district", {"stadsdelen", "districts"}},
        {PartnerField::Address, false, "adres", "address", {"straat", "street"}},
        {PartnerField::Postcode, false, "postcode", "postcode", {"postal code", "zip"}},
        {PartnerField::City, false, "plaats", "city", {"woonplaats", "town"}},
        {PartnerField::Country, false, "land", "country", {}},
        {PartnerField::Phone, false, "telefoon", "phone", {"telefoonnummer", "tel", "telephone"}},
        {PartnerField::Email,
         false,
         "e-mail",
         "email",
         {"mail", "emailadres", "e-mailadres", "e-mail address"}},
        {PartnerField::Website, false, "website", "website", {"url", "web", "internet"}},
        {PartnerField::MinimumAge,
         false,
         "leeftijd van",
         "minimum age",
         {"min leeftijd", "minimumleeftijd", "min age"}},
        {PartnerField::MaximumAge,
         false,
         "leeftijd tot",
         "maximum age",
         {"max leeftijd", "maximumleeftijd", "max age"}},
        {PartnerField::Audience, false, "doelgroep", "audience", {"doelgroepen"}},
        {PartnerField::Languages, false, "talen", "languages", {"taal", "language"}},
        {PartnerField::Contacts,
         false,
         "contactpersoon",
         "contact",
         {"contactpersonen", "contacts", "contact person"}},
        {PartnerField::Description, false, "omschrijving", "description", {"beschrijving"}},
        {PartnerField::Services, false, "diensten", "services", {"aanbod"}},
        {PartnerField::Status, false, "status", "status", {}},
        {PartnerField::AssuredDate,
         false,
         "gecontroleerd op",
         "verified on",
         {"laatst gecontroleerd", "assured date"}},
        {PartnerField::Assurer, false, "gecontroleerd door", "verified by", {"assurer"}},
    };
    return table;
}

QString PartnerCsvVocabulary::normaliseHeader(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return h;
}

const PartnerCsvColumn* PartnerCsvVocabulary::columnFor(const QString& header)
{
    const QString h = normaliseHeader(header);
    for (const PartnerCsvColumn& c : columns()) {
        if (h == QLatin1String(c.nl) || h == QLatin1String(c.en))
            return &c;
        for (const char* alias : c.aliases)
            if (h == QLatin1String(alias))
                return &c;
    }
    return nullptr;
}

QStringList PartnerCsvVocabulary::splitValues(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\n]"));
    QStringList result;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

std::optional<QString> PartnerCsvVocabulary::audienceCode(const QString& word)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("children"), QStringLiteral("children")},
        {QStringLiteral("kinderen"), QStringLiteral("children")},
        {QStringLiteral("kind"), QStringLiteral("children")},
        {QStringLiteral("parents"), QStringLiteral("parents")},
        {QStringLiteral("ouders"), QStringLiteral("parents")},
        {QStringLiteral("professionals"), QStringLiteral("professionals")},
        {QStringLiteral("professional"), QStringLiteral("professionals")},
        {QStringLiteral("beroepskrachten"), QStringLiteral("professionals")},
    };
    const auto it = words.constFind(word.trimmed().toLower());
    return it == words.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

QString PartnerCsvVocabulary::audienceText(const QStringList& codes, bool dutch)
{
    if (!dutch)
        return codes.join(QStringLiteral(", "));
    QStringList words;
    for (const QString& code : codes)
        words.append(code == QLatin1String("children")  ? QStringLiteral("kinderen")
                     : code == QLatin1String("parents") ? QStringLiteral("ouders")
                                                        : code);
    return words.join(QStringLiteral(", "));
}

std::optional<PartnerStatus> PartnerCsvVocabulary::statusFrom(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("actief"))
        return PartnerStatus::Active;
    if (t == QLatin1String("inactief"))
        return PartnerStatus::Inactive;
    if (t == QLatin1String("opgeheven"))
        return PartnerStatus::Defunct;
    if (t == QLatin1String("tijdelijk gesloten"))
        return PartnerStatus::TemporarilyClosed;
    return partnerStatusFromCode(t);
}

QString PartnerCsvVocabulary::statusText(PartnerStatus status, bool dutch)
{
    if (!dutch)
        return toCode(status);
    switch (status) {
    case PartnerStatus::Active:
        return QStringLiteral("actief");
    case PartnerStatus::Inactive:
        return QStringLiteral("inactief");
    case PartnerStatus::Defunct:
        return QStringLiteral("opgeheven");
    case PartnerStatus::TemporarilyClosed:
        return QStringLiteral("tijdelijk gesloten");
    }
    return toCode(status);
}

std::optional<QDate> PartnerCsvVocabulary::dateFrom(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d-M-yyyy"),
                                  QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

} // namespace kz
