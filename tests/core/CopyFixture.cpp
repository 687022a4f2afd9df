#include "CopyFixture.h"

#include "Clock.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "services/CopyTables.h"
#include "services/TableRows.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/ObservationStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

#include <algorithm>

using namespace kz;

namespace kz::test {

TableDump dumpTables(const Database& db, const QStringList& leftOut)
{
    TableDump dump;
    for (const CopiedTable& table : CopyTables::inOrder()) {
        QStringList columns = db.dialect().writableColumns(db, table.name);
        std::sort(columns.begin(), columns.end());
        const TableRows rows = TableRows::read(db, table.name, columns);
        QStringList lines;
        for (const QVariantList& row : rows.rows) {
            if (table.name == QLatin1String("audit_log") &&
                leftOut.contains(row[rows.column(QStringLiteral("action"))].toString()))
                continue;
            if (table.name == QLatin1String("meta") &&
                row[rows.column(QStringLiteral("key"))].toString() == QLatin1String("wipe_pending"))
                continue;
            QStringList values;
            for (const QVariant& value : row)
                values.append(value.isNull() ? QStringLiteral("NULL") : value.toString());
            lines.append(values.join(QLatin1Char('|')));
        }
        std::sort(lines.begin(), lines.end());
        dump.insert(table.name, lines);
    }
    return dump;
}

void expectSameTables(const TableDump& expected, const TableDump& actual)
{
    EXPECT_EQ(expected.keys(), actual.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList other = actual.value(it.key());
        EXPECT_EQ(it.value().size(), other.size()) << it.key().toStdString();
        for (qsizetype i = 0; i < std::min(it.value().size(), other.size()); ++i)
            if (it.value()[i] != other[i]) {
                ADD_FAILURE() << it.key().toStdString() << ": " << it.value()[i].toStdString()
                              << "\n  became " << other[i].toStdString();
                break;
            }
    }
}

int searchHits(const Database& db)
{
    const Dialect::TextSearch search = db.dialect().observationSearch();
    int hits = 0;
    for (const QString& word : {QStringLiteral("de"), QStringLiteral("speelt"), QStringLiteral("zandbak")}) {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(search.from, search.condition));
        q.bind(QStringLiteral(":query"), db.dialect().searchQuery({word}));
        hits += q.scalar().value_or(0).toInt();
    }
    return hits;
}

QString serverAddress(const QString& socket, const QString& databaseName)
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(databaseName, socket);
}

} // namespace kz::test

namespace {

Partner partner(const QString& hsdsId, const QString& name, const QString& postcode)
{
    Partner p;
    p.hsdsId = hsdsId;
    p.name = name;
    p.categoryCode = QStringLiteral("speech_therapy");
    p.postcode = postcode;
    p.city = QStringLiteral("Den Haag");
    p.serviceAreas = {QStringLiteral("Mariahoeve")};
    return p;
}

} // namespace

QString CopyFixture::locationFile(const QString& name, const QString& extraAccount)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".db"));
    const Database file = Database::open(path);
    UserStore users(file);
    const Actor beheer = users.createFirstAdmin(name + QStringLiteral("-beheer"), name, QString());
    Location location;
    location.name = QStringLiteral("Locatie ") + name;
    const qint64 locationId = OrganisationStore(file).createLocation(beheer, location);
    Group group;
    group.locationId = locationId;
    group.name = name + QStringLiteral("-1");
    group.minAgeMonths = 24;
    group.maxAgeMonths = 48;
    const qint64 groupId = OrganisationStore(file).createGroup(beheer, group);
    auto account = [&](const QString& username, Role role) {
        User u;
        u.username = username;
        u.displayName = username;
        u.roles = {role};
        u.locationIds = role == Role::Manager ? QList<qint64>{locationId} : QList<qint64>{};
        u.groupIds = role == Role::Practitioner ? QList<qint64>{groupId} : QList<qint64>{};
        return Actor{users.create(beheer, u, QString()), username, username, {role}};
    };
    const Actor manager = account(name + QStringLiteral("-manager"), Role::Manager);
    const Actor practitioner = account(name + QStringLiteral("-pm"), Role::Practitioner);
    if (!extraAccount.isEmpty())
        account(extraAccount, Role::Practitioner);

    ChildStore children(file);
    const qint64 first = children.create(manager, childTemplate(groupId, name + QStringLiteral("-een")));
    const qint64 second = children.create(manager, childTemplate(groupId, name + QStringLiteral("-twee")));
    const qint64 language = DomainStore(file).byCode(QStringLiteral("language")).value().id;
    qint64 firstNote = 0;
    for (const qint64 child : {first, first, second}) {
        Observation o;
        o.childId = child;
        o.observedAt = Clock::nowUtc().addSecs(-3600);
        o.body = QStringLiteral("Speelt in de zandbak met %1").arg(name);
        o.domainIds = {language};
        const qint64 id = ObservationStore(file).create(practitioner, o);
        firstNote = firstNote ? firstNote : id;
    }
    SupportNeedStore(file).createFromObservation(manager, firstNote, language, 2);
    PartnerStore partners(file);
    partners.create(beheer, partner(QStringLiteral("7d1f0c6e-shared"), QStringLiteral("Gedeeld"),
                                    QStringLiteral("2594 AA")));
    partners.create(beheer, partner(name + QStringLiteral("-own"), QStringLiteral("Eigen ") + name,
                                    QStringLiteral("2595 BB")));
    partners.create(
        beheer,
        partner(name + QStringLiteral("-toren"),
                name == QLatin1String("noord") ? QStringLiteral("De Toren") : QStringLiteral("de  toren"),
                name == QLatin1String("noord") ? QStringLiteral("2592 CC") : QStringLiteral("2592cc")));
    return path;
}

int kz::test::countIn(const Database& db, const QString& table)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.scalar().value().toInt();
}

void CopyFixture::expectChildrenArrived(const Database& source) const
{
    const QString notes =
        QStringLiteral("SELECT c.given_name, o.body FROM children c JOIN observations o ON o.child_id = c.id "
                       "WHERE c.given_name LIKE :prefix ORDER BY c.given_name, o.id");
    auto read = [&](const Database& db, const QString& prefix) {
        SqlQuery q(db, notes);
        q.bind(QStringLiteral(":prefix"), prefix).exec();
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
        return rows;
    };
    SqlQuery first(source, QStringLiteral("SELECT given_name FROM children ORDER BY id"));
    const QString prefix = first.scalar()->toString().section(QLatin1Char('-'), 0, 0) + QStringLiteral("-%");
    const QStringList expected = read(source, prefix);
    EXPECT_EQ(expected.size(), 3);
    EXPECT_EQ(read(db(), prefix), expected);
}

qint64 CopyFixture::groupOf(const QString& name) const
{
    SqlQuery q(db(), QStringLiteral("SELECT id FROM groups WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name + QStringLiteral("-1"));
    return q.scalar().value().toLongLong();
}
