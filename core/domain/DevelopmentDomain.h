#pragma once

#include <QString>

namespace kz {

// An ontwikkelingsgebied. A table, not an enum: a location may add its own.
struct DevelopmentDomain
{
    qint64 id = 0;
    QString code;
    QString labelNl;
    QString labelEn;
    int sortOrder = 0;
    bool active = true;

    // The label in the interface language ("nl" or anything else for English).
    const QString& label(const QString& language) const
    {
        return language == QLatin1String("nl") ? labelNl : labelEn;
    }
};

} // namespace kz
