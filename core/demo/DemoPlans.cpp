#include "DemoPlans.h"

namespace kz {

QList<LocationPlan> demoLocationPlans()
{
    return {
        {{0, QStringLiteral("Kindcentrum De Vlinderhof"), QStringLiteral("Kinderopvang Haagse Hout (demo)"),
          QStringLiteral("111222333"), QStringLiteral("Mariahoeveplein 12"), QStringLiteral("2591 TV"),
          QStringLiteral("Den Haag"), QStringLiteral("Haagse Hout"), QStringLiteral("Mariahoeve & Marlot"),
          QStringLiteral("Uk & Puk")},
         {{"Dolfijnen", GroupKind::Kdv, 24, 48, 16, 10},
          {"Egeltjes", GroupKind::PeuteropvangVe, 30, 48, 16, 10},
          {"Zeesterren", GroupKind::Kdv, 24, 48, 14, 8},
          {"Uilen", GroupKind::Bso, 48, 156, 20, 6}},
         {QStringLiteral("Mariahoeve & Marlot"), QStringLiteral("Mariahoeve & Marlot"),
          QStringLiteral("Bezuidenhout"), QStringLiteral("Benoordenhout")}},
        {{0, QStringLiteral("Kinderopvang De Duinroos"), QStringLiteral("Kinderopvang Segbroek (demo)"),
          QStringLiteral("444555666"), QStringLiteral("Fahrenheitstraat 40"), QStringLiteral("2561 DH"),
          QStringLiteral("Den Haag"), QStringLiteral("Segbroek"),
          QStringLiteral("Regentesse- en Valkenboskwartier"), QStringLiteral("Piramide")},
         {{"Duinroosjes", GroupKind::Kdv, 24, 48, 16, 10},
          {"Zeehondjes", GroupKind::PeuteropvangVe, 30, 48, 16, 10},
          {"Meeuwen", GroupKind::Bso, 48, 156, 20, 6}},
         {QStringLiteral("Regentesse- en Valkenboskwartier"), QStringLiteral("Heesterbuurt"),
          QStringLiteral("Vruchtenbuurt"), QStringLiteral("Bomen- en Bloemenbuurt"),
          QStringLiteral("Vogelwijk")}},
    };
}

const QList<QPair<const char*, int>>& demoDomainWeights()
{
    static const QList<QPair<const char*, int>> weights = {
        {"language", 34},   {"home_stimulation", 14},    {"basic_needs", 10}, {"social_emotional", 12},
        {"play_motor", 10}, {"parent_communication", 9}, {"behaviour", 7},    {"family", 4}};
    return weights;
}

} // namespace kz
