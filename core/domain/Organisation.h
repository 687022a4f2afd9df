#pragma once

#include "Enums.h"

#include <QString>

namespace kz {

struct Location
{
    qint64 id = 0;
    QString name;
    QString organisation;
    QString lrkNumber; // Landelijk Register Kinderopvang: 9 digits, empty when unknown
    QString address;
    QString postcode;
    QString city;
    QString district;      // stadsdeel
    QString neighbourhood; // wijk
    QString veProgramme;   // the VE programme worked with (Uk & Puk, Piramide, ...); empty: none
    bool archived = false; // kept for history; gone from lists and choices
};

struct Group
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString name;
    GroupKind kind = GroupKind::Kdv;
    int minAgeMonths = 0;
    int maxAgeMonths = 48;
    int capacity = 16;
    bool archived = false;
    QString locationName; // filled by reads
};

} // namespace kz
