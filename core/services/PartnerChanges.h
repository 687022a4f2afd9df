#pragma once

#include "domain/Partner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace kz {

// One field of a partner that an update changes, from what to what, as the user reads it.
struct FieldChange
{
    QString field;  // translated: "wijken", "phone"
    QString before; // translated text of the old value; "(empty)" when there was none
    QString after;
    QStringList removed;  // items of a list that the update drops (wijken, languages, ...)
    bool narrows = false; // the update empties the field, drops items or narrows the age range

    QString text() const; // "wijken: Bezuidenhout, Mariahoeve → Mariahoeve (drops Bezuidenhout)"
};

// What an update does to a partner, field by field.
class PartnerChanges
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerChanges)

public:
    // `categoryLabels` turns a category code into its label; a code without one is shown as is.
    static QList<FieldChange> between(const Partner& before, const Partner& after,
                                      const QHash<QString, QString>& categoryLabels = {});
    static QString empty() { return tr("(empty)"); }
};

} // namespace kz
