#include "KnownAreas.h"

namespace kz {

QList<Area> denHaagAreas()
{
    const QString city = QStringLiteral("Den Haag");
    const QString haagseHout = QStringLiteral("Haagse Hout");
    const QString segbroek = QStringLiteral("Segbroek");
    return {{city, {}},
            {haagseHout, city},
            {segbroek, city},
            {QStringLiteral("Mariahoeve & Marlot"), haagseHout},
            {QStringLiteral("Bezuidenhout"), haagseHout},
            {QStringLiteral("Benoordenhout"), haagseHout},
            {QStringLiteral("Haagse Bos"), haagseHout},
            {QStringLiteral("Regentesse- en Valkenboskwartier"), segbroek},
            {QStringLiteral("Heesterbuurt"), segbroek},
            {QStringLiteral("Vruchtenbuurt"), segbroek},
            {QStringLiteral("Bomen- en Bloemenbuurt"), segbroek},
            {QStringLiteral("Vogelwijk"), segbroek},
            {QStringLiteral("Duinoord"), segbroek}};
}

} // namespace kz
