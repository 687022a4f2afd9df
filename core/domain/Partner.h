#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kz {

struct PartnerContact
{
    qint64 id = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
};

// An organisation on the sociale kaart, aligned with Open Referral HSDS 3.0 (organization + service).
struct Partner
{
    qint64 id = 0;
    QString hsdsId; // a UUID, stable across exchanges
    QString name;
    QString description;
    QString categoryCode;
    QString address;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QString website;
    std::optional<int> minimumAge; // years, as HSDS
    std::optional<int> maximumAge;
    QStringList audience; // children, parents, professionals
    QStringList languages;
    QStringList serviceAreas; // wijken and stadsdelen
    PartnerStatus status = PartnerStatus::Active;
    std::optional<QDate> assuredDate;
    QString assurer;
    QList<PartnerContact> contacts;
};

} // namespace kz
