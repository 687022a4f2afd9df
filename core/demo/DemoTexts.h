#pragma once

#include "domain/Enums.h"

#include <QRandomGenerator>
#include <QString>

namespace kz {

// Invented names and notes for the demo database. No real child is described here.
struct DemoName
{
    QString given;
    QString family;
};

DemoName demoName(QRandomGenerator& random);
QString demoHomeLanguages(QRandomGenerator& random);
QString demoNeedDescription(const QString& domainCode, QRandomGenerator& random);
QString demoStrength(QRandomGenerator& random);
QString demoAction(const QString& domainCode, QRandomGenerator& random);
QString demoParentResponse(QRandomGenerator& random);
QString demoObservation(const QString& domainCode, ObservationKind kind, const QString& givenName,
                        QRandomGenerator& random);

} // namespace kz
