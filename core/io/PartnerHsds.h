#pragma once

#include "ParsedPartner.h"
#include "domain/Partner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace kz {

// The sociale kaart as Open Referral HSDS 3.0 JSON: an array of organizations, each with its
// services, location and address, phones, contacts, service areas, languages, the category and
// audience as taxonomy terms, and the last verification as metadata. Every organization written
// validates against the official compiled organization schema (a test runs the validator).
class PartnerHsds
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerHsds)

public:
    static inline const QString categoryTaxonomy = QStringLiteral("kindzicht-category");
    static inline const QString audienceTaxonomy = QStringLiteral("kindzicht-audience");

    // An array of organizations, or one organization. Throws kz::Error (Validation) when the
    // document is not JSON or not of that shape; problems inside one organization are left in
    // its `problems`, with the JSON path.
    static QList<ParsedPartner> read(const QByteArray& bytes);
    static QByteArray write(const QList<Partner>& partners, const QList<PartnerCategory>& categories);
    static QJsonObject organization(const Partner& partner, const QList<PartnerCategory>& categories);
};

} // namespace kz
