#pragma once

#include "domain/Partner.h"
#include "domain/User.h"

#include <QByteArray>

namespace kz {

class Database;

// One way out for the sociale kaart, shared by the GUI and the command line.
class PartnerExport
{
public:
    enum class Format
    {
        Csv,
        VCard4,
        VCard3,
        Hsds,
    };

    // "csv", "vcard" (4.0; "vcard3" or --vcard-version 3.0 for older Outlook), "hsds".
    static std::optional<Format> formatFromName(const QString& name);
    static QString fileSuffix(Format format);

    // The given partners (a filtered selection) or, when empty is not meant, all of them:
    // pass store.list(actor). Readers of the map may export it.
    static QByteArray render(const Database& db, const Actor& actor, const QList<Partner>& partners,
                             Format format, const QString& language);
};

} // namespace kz
