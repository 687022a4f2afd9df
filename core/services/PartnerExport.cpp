#include "PartnerExport.h"

#include "access/AccessPolicy.h"
#include "io/PartnerCsv.h"
#include "io/PartnerHsds.h"
#include "io/PartnerVCard.h"
#include "store/PartnerStore.h"

namespace kz {

std::optional<PartnerExport::Format> PartnerExport::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("vcard") || n == QLatin1String("vcard4") || n == QLatin1String("vcf"))
        return Format::VCard4;
    if (n == QLatin1String("vcard3"))
        return Format::VCard3;
    if (n == QLatin1String("hsds") || n == QLatin1String("json"))
        return Format::Hsds;
    return std::nullopt;
}

QString PartnerExport::fileSuffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::VCard4:
    case Format::VCard3:
        return QStringLiteral("vcf");
    case Format::Hsds:
        return QStringLiteral("json");
    }
    return QStringLiteral("txt");
}

QByteArray PartnerExport::render(const Database& db, const Actor& actor, const QList<Partner>& partners,
                                 Format format, const QString& language)
{
    AccessPolicy::requireAnyRole(db, actor, {Role::Practitioner, Role::Manager, Role::Admin});
    const PartnerStore store(db);
    switch (format) {
    case Format::Csv:
        return PartnerCsv::write(partners, store.categories(), store.areas(), language);
    case Format::VCard4:
        return PartnerVCard::write(partners, store.categories(), PartnerVCard::Version::V4, language);
    case Format::VCard3:
        return PartnerVCard::write(partners, store.categories(), PartnerVCard::Version::V3, language);
    case Format::Hsds:
        return PartnerHsds::write(partners, store.categories());
    }
    return {};
}

} // namespace kz
