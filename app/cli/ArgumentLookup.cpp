#include "ArgumentLookup.h"

#include "Error.h"
#include "db/Database.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/HandoverStore.h"
#include "store/OrganisationStore.h"
#include "store/UserStore.h"

namespace kz {

qint64 ArgumentLookup::child(const Database& db, const Actor& actor, const QString& text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return id;
    ChildFilter everyone;
    everyone.includeLeft = true;
    QList<qint64> found;
    for (const ChildSummary& c : ChildStore(db).list(actor, everyone))
        if (c.child.fullName().compare(text.simplified(), Qt::CaseInsensitive) == 0)
            found.append(c.child.id);
    if (found.size() == 1)
        return found.constFirst();
    throw Error(Error::Kind::NotFound,
                found.isEmpty()
                    ? tr("No child \"%1\" among the children you may see (see children list).").arg(text)
                    : tr("More than one child is called \"%1\": use the number from children "
                         "list.")
                          .arg(text));
}

qint64 ArgumentLookup::school(const Database& db, const QString& text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return id;
    QList<SchoolRef> partial;
    for (const SchoolRef& s : HandoverStore(db).schools()) {
        if (s.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            return s.id;
        if (s.name.contains(text.simplified(), Qt::CaseInsensitive))
            partial.append(s);
    }
    if (partial.size() == 1)
        return partial.constFirst().id;
    if (partial.isEmpty())
        throw Error(Error::Kind::NotFound, tr("No school \"%1\" in the sociale kaart.").arg(text));
    QStringList names;
    for (const SchoolRef& s : partial)
        names.append(s.name);
    throw Error(Error::Kind::NotFound,
                tr("\"%1\" matches several schools: %2.").arg(text, names.join(QStringLiteral(", "))));
}

qint64 ArgumentLookup::domain(const Database& db, const QString& text)
{
    const QString wanted = text.simplified();
    for (const DevelopmentDomain& d : DomainStore(db).all(true))
        if (QString::number(d.id) == wanted || d.code.compare(wanted, Qt::CaseInsensitive) == 0 ||
            d.labelNl.compare(wanted, Qt::CaseInsensitive) == 0 ||
            d.labelEn.compare(wanted, Qt::CaseInsensitive) == 0)
            return d.id;
    throw Error(Error::Kind::NotFound, tr("There is no development domain \"%1\".").arg(text));
}

qint64 ArgumentLookup::location(const Database& db, const Actor& actor, const QString& text)
{
    QList<Location> found;
    for (const Location& l : OrganisationStore(db).locations(actor, true))
        if (QString::number(l.id) == text.trimmed() ||
            l.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            found.append(l);
    if (found.size() == 1)
        return found.constFirst().id;
    throw Error(Error::Kind::NotFound,
                found.isEmpty() ? tr("There is no location \"%1\" among the locations you may see.").arg(text)
                                : tr("More than one location is called \"%1\": use its number.").arg(text));
}

Group ArgumentLookup::group(const Database& db, const Actor& actor, const QString& text)
{
    QList<Group> found;
    for (const Group& g : OrganisationStore(db).groups(actor, true))
        if (QString::number(g.id) == text.trimmed() ||
            g.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            found.append(g);
    if (found.size() > 1)
        found.removeIf([](const Group& g) { return g.archived; });
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound,
                    tr("There is no group \"%1\" among the groups you may see.").arg(text));
    throw Error(Error::Kind::Validation,
                tr("\"%1\" names groups at more than one location; use the group's number.").arg(text));
}

User ArgumentLookup::user(const Database& db, const Actor& actor, const QString& text)
{
    for (const User& u : UserStore(db).list(actor))
        if (u.username.compare(text.trimmed(), Qt::CaseInsensitive) == 0 ||
            QString::number(u.id) == text.trimmed())
            return u;
    throw Error(Error::Kind::NotFound, tr("There is no account \"%1\" (see users list).").arg(text));
}

} // namespace kz
