#pragma once

#include "domain/Partner.h"

#include <QHash>
#include <QMultiHash>
#include <QString>
#include <optional>

namespace kz {

class Database;

// Which partners exist, by HSDS id and by name and postcode, read with one statement: a bulk
// import checks each row here instead of scanning every partner for every row it writes.
class PartnerKeys
{
public:
    explicit PartnerKeys(const Database& db);

    // Another partner (not partner.id) with the same HSDS id, or the same name and postcode.
    std::optional<qint64> clash(const Partner& partner) const;
    // A partner as written (inserted or updated): its keys replace the ones it had.
    void remember(qint64 id, const QString& hsdsId, const QString& name, const QString& postcode);
    std::optional<QString> hsdsIdOf(qint64 id) const;

private:
    static QString nameAndPostcode(const QString& name, const QString& postcode);
    void forget(qint64 id);

    QMultiHash<QString, qint64> m_byHsds;
    QMultiHash<QString, qint64> m_byNameAndPostcode;
    QHash<qint64, std::pair<QString, QString>> m_keysOf; // id -> (HSDS id, name and postcode)
};

} // namespace kz
