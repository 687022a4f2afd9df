#include "PartnerKeys.h"

#include "db/SqlQuery.h"

namespace kz {

PartnerKeys::PartnerKeys(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT id, hsds_id, name, postcode FROM partners"));
    q.setForwardOnly(true);
    q.exec();
    while (q.next())
        remember(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString());
}

// The same comparison as the single-partner check: the name folded without spaces, the postcode
// upper case without spaces.
QString PartnerKeys::nameAndPostcode(const QString& name, const QString& postcode)
{
    QString folded = name.simplified().toCaseFolded();
    folded.remove(QLatin1Char(' '));
    return folded + QLatin1Char('|') + postcode.toUpper().remove(QLatin1Char(' '));
}

std::optional<qint64> PartnerKeys::clash(const Partner& partner) const
{
    for (const qint64 id : m_byHsds.values(partner.hsdsId))
        if (id != partner.id)
            return id;
    for (const qint64 id : m_byNameAndPostcode.values(nameAndPostcode(partner.name, partner.postcode)))
        if (id != partner.id)
            return id;
    return std::nullopt;
}

void PartnerKeys::forget(qint64 id)
{
    const auto it = m_keysOf.constFind(id);
    if (it == m_keysOf.constEnd())
        return;
    m_byHsds.remove(it->first, id);
    m_byNameAndPostcode.remove(it->second, id);
    m_keysOf.erase(it);
}

void PartnerKeys::remember(qint64 id, const QString& hsdsId, const QString& name, const QString& postcode)
{
    forget(id);
    const QString key = nameAndPostcode(name, postcode);
    m_byHsds.insert(hsdsId, id);
    m_byNameAndPostcode.insert(key, id);
    m_keysOf.insert(id, {hsdsId, key});
}

std::optional<QString> PartnerKeys::hsdsIdOf(qint64 id) const
{
    const auto it = m_keysOf.constFind(id);
    return it == m_keysOf.constEnd() ? std::nullopt : std::optional<QString>(it->first);
}

} // namespace kz
