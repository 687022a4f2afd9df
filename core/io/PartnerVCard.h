#pragma once

#include "domain/Partner.h"

#include <QByteArray>

namespace kz {

// The sociale kaart as vCards for an address book: one card per organisation and one per named
// contact. vCard 4.0 (RFC 6350) by default; 3.0 (RFC 2426) for older Outlook versions. Values
// are escaped and lines folded at 75 octets without splitting a UTF-8 character.
class PartnerVCard
{
public:
    enum class Version
    {
        V4,
        V3,
    };

    static QByteArray write(const QList<Partner>& partners, const QList<PartnerCategory>& categories,
                            Version version = Version::V4, const QString& language = QStringLiteral("nl"));

    static QString escape(const QString& value);    // text values and components
    static QByteArray fold(const QByteArray& line); // one content line, CRLF-terminated
};

} // namespace kz
