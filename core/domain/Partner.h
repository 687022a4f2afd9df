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
    QString country = QStringLiteral("NL"); // ISO 3166-1 alpha-2; postcodes are checked for NL only
    QString phone;
    QString email;
    QString website;
    std::optional<int> minimumAge; // years, as HSDS
    std::optional<int> maximumAge;
    QStringList audience; // children, parents, professionals
    QStringList languages;
    QStringList serviceAreas; // wijken and stadsdelen (or a whole city)
    QStringList services;     // what the partner offers, one name each (HSDS services)
    PartnerStatus status = PartnerStatus::Active;
    std::optional<QDate> assuredDate;
    QString assurer;
    QList<PartnerContact> contacts;
    int version = 0; // raised by every change; see store/RowVersion
};

// A wijk, stadsdeel or city; `parent` is the larger area it lies in (a wijk's stadsdeel).
struct Area
{
    QString name;
    QString parent;
};

// A kind of help on the sociale kaart (speech therapy, parenting support, ...), in both languages.
struct PartnerCategory
{
    qint64 id = 0;
    QString code;
    QString labelNl;
    QString labelEn;
    std::optional<qint64> domainId; // the need domain this kind of help answers
};

} // namespace kz
