#include "SyntheticOrganisation.h"

#include "Clock.h"
#include "DemoDatabase.h"
#include "DemoTexts.h"
#include "Error.h"
#include "access/PasswordHasher.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "store/UserStore.h"

#include <QRandomGenerator>
#include <QStringList>

namespace kz {

namespace {

constexpr int groupsPerLocation = 8;

const QStringList& vocabulary()
{
    static const QStringList words =
        QString::fromUtf8("speelde puzzel blokken huishoek café zandbak kring liedje boekje voorlezen buiten "
                          "klimrek glijbaan "
                          "tekenen knippen plakken fruit lunch rusten jas schoenen vriendje samen alleen "
                          "huilde lachte vertelde "
                          "woorden zinnetje mama papa oma broertje zusje fiets bal water verf klei muziek "
                          "dansen wachten beurt "
                          "opruimen helpen troosten boos blij moe stil druk nieuw ontbijt taal spel motoriek")
            .split(QLatin1Char(' '));
    return words;
}

QString sentence(QRandomGenerator& random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(vocabulary().at(
            static_cast<qsizetype>(random.bounded(static_cast<quint32>(vocabulary().size())))));
    return out.join(QLatin1Char(' '));
}

// Writes one synthetic organisation in the order the random numbers are drawn, so a size always
// gives the same organisation.
class OrganisationWriter
{
public:
    OrganisationWriter(const Database& db, const SyntheticSize& size,
                       const SyntheticOrganisation::Progress& progress)
        : m_db(db), m_size(size), m_progress(progress), m_random(4242u), m_today(Clock::today()),
          m_now(sql::now()),
          m_passwordHash(PasswordHasher::hash(QString::fromLatin1(DemoDatabase::password))),
          m_user(db, QStringLiteral(
                         "INSERT INTO users (username, display_name, password_hash, active, created_at) "
                         "VALUES (:name, :display, :hash, 1, :now) RETURNING id")),
          m_role(db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (:user, :role)")),
          m_need(db,
                 QStringLiteral("INSERT INTO support_needs (child_id, domain_id, level, description, status, "
                                "signalled_on, signalled_by, review_date, created_at, updated_at) VALUES "
                                "(:child, :domain, :level, :description, :status, :signalled, :by, :review, "
                                ":now, :now)"))
    {}

    void writeLocations();
    void writeChildren();
    void writeObservations();
    void reportDone()
    {
        m_done = m_size.children + m_size.observations;
        report();
    }

private:
    qint64 addUser(const QString& name, const QString& roleCode, bool withPassword);
    void writeNeeds(qint64 childId, int childIndex, qsizetype group);
    void report();

    const Database& m_db;
    const SyntheticSize m_size;
    const SyntheticOrganisation::Progress& m_progress;
    QRandomGenerator m_random;
    const QDate m_today;
    const QString m_now;
    const QString m_passwordHash;
    SqlQuery m_user;
    SqlQuery m_role;
    SqlQuery m_need;
    QList<qint64> m_groupIds;
    QList<qint64> m_authorOfGroup;
    QList<qint64> m_childIds;
    QList<qint64> m_childAuthor;
    int m_done = 0;
    int m_lastPercent = -1;
};

qint64 OrganisationWriter::addUser(const QString& name, const QString& roleCode, bool withPassword)
{
    m_user.bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":display"), name)
        .bind(QStringLiteral(":hash"), withPassword ? QVariant(m_passwordHash) : QVariant())
        .bind(QStringLiteral(":now"), m_now)
        .exec();
    const qint64 id = m_user.insertedId();
    m_role.bind(QStringLiteral(":user"), id).bind(QStringLiteral(":role"), roleCode).exec();
    return id;
}

void OrganisationWriter::report()
{
    const int total = m_size.children + m_size.observations;
    const int percent = total > 0 ? static_cast<int>(100LL * m_done / total) : 100;
    if (m_progress && percent != m_lastPercent)
        m_progress(m_lastPercent = percent);
}

// The accounts, locations and groups: admin, directie, a manager per location, a practitioner per group.
void OrganisationWriter::writeLocations()
{
    addUser(QStringLiteral("admin"), QStringLiteral("admin"), true);
    SqlQuery location(
        m_db, QStringLiteral(
                  "INSERT INTO locations (name, organisation, district, neighbourhood, created_at) "
                  "VALUES (:name, 'Synthetisch', 'Haagse Hout', 'Mariahoeve & Marlot', :now) RETURNING id"));
    SqlQuery group(
        m_db, QStringLiteral("INSERT INTO groups (location_id, name, kind, min_age_months, max_age_months, "
                             "capacity) VALUES (:location, :name, 'kdv', 24, 72, 16) RETURNING id"));
    SqlQuery userLocation(
        m_db, QStringLiteral("INSERT INTO user_locations (user_id, location_id) VALUES (:u, :l)"));
    SqlQuery userGroup(m_db, QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (:u, :g)"));
    // The organisation's management: manager of every location, so it sees every child.
    const qint64 directie =
        addUser(QString::fromLatin1(SyntheticOrganisation::directieName), QStringLiteral("manager"), true);
    for (int l = 1; l <= m_size.locations; ++l) {
        location.bind(QStringLiteral(":name"), QStringLiteral("Locatie %1").arg(l))
            .bind(QStringLiteral(":now"), m_now)
            .exec();
        const qint64 locationId = location.insertedId();
        userLocation.bind(QStringLiteral(":u"), directie).bind(QStringLiteral(":l"), locationId).exec();
        const qint64 manager = addUser(QStringLiteral("manager%1").arg(l), QStringLiteral("manager"), l == 1);
        userLocation.bind(QStringLiteral(":u"), manager).bind(QStringLiteral(":l"), locationId).exec();
        for (int g = 1; g <= groupsPerLocation; ++g) {
            group.bind(QStringLiteral(":location"), locationId)
                .bind(QStringLiteral(":name"), QStringLiteral("Groep %1").arg(g))
                .exec();
            const qint64 groupId = group.insertedId();
            const qint64 practitioner =
                addUser(QStringLiteral("pm%1-%2").arg(l).arg(g), QStringLiteral("practitioner"), l == 1);
            userGroup.bind(QStringLiteral(":u"), practitioner).bind(QStringLiteral(":g"), groupId).exec();
            m_groupIds.append(groupId);
            m_authorOfGroup.append(practitioner);
        }
    }
}

// Children spread over the groups in turn; two needs for every three children.
void OrganisationWriter::writeChildren()
{
    SqlQuery child(
        m_db, QStringLiteral(
                  "INSERT INTO children (given_name, family_name, birth_date, group_id, start_date, "
                  "neighbourhood, home_languages, created_at, updated_at) VALUES (:given, :family, "
                  ":birth, :group, :start, 'Mariahoeve & Marlot', 'Nederlands', :now, :now) RETURNING id"));
    m_childIds.reserve(m_size.children);
    for (int c = 0; c < m_size.children; ++c) {
        const qsizetype g = c % m_groupIds.size();
        const DemoName name = demoName(m_random);
        const QDate birth = m_today.addDays(-static_cast<qint64>(m_random.bounded(2 * 365 + 20, 6 * 365)));
        child.bind(QStringLiteral(":given"), name.given)
            .bind(QStringLiteral(":family"), name.family)
            .bind(QStringLiteral(":birth"), sql::date(birth))
            .bind(QStringLiteral(":group"), m_groupIds[g])
            .bind(QStringLiteral(":start"), sql::date(birth.addMonths(12)))
            .bind(QStringLiteral(":now"), m_now)
            .exec();
        const qint64 childId = child.insertedId();
        m_childIds.append(childId);
        m_childAuthor.append(m_authorOfGroup[g]);
        writeNeeds(childId, c, g);
        ++m_done;
        if (c % 1000 == 0)
            report();
    }
}

void OrganisationWriter::writeNeeds(qint64 childId, int c, qsizetype g)
{
    for (int n = 0; n < (c % 3 == 0 ? 0 : 1) + (c % 3 == 2 ? 1 : 0); ++n) {
        const QDate signalled = m_today.addDays(-static_cast<qint64>(m_random.bounded(1, 360)));
        const bool closed = m_random.bounded(100) < 30;
        m_need.bind(QStringLiteral(":child"), childId)
            .bind(QStringLiteral(":domain"), static_cast<qint64>(1 + m_random.bounded(8)))
            .bind(QStringLiteral(":level"), 1 + static_cast<int>(m_random.bounded(100) < 70) +
                                                static_cast<int>(m_random.bounded(100) < 8))
            .bind(QStringLiteral(":description"), sentence(m_random, 8))
            .bind(QStringLiteral(":status"), closed ? QStringLiteral("closed") : QStringLiteral("signalled"))
            .bind(QStringLiteral(":signalled"), sql::date(signalled))
            .bind(QStringLiteral(":by"), m_authorOfGroup[g])
            .bind(QStringLiteral(":review"), sql::date(signalled.addDays(90)))
            .bind(QStringLiteral(":now"), m_now)
            .exec();
    }
}

// Observations spread over the last year, each by the practitioner of the child's group; the search
// index is filled once at the end.
void OrganisationWriter::writeObservations()
{
    SqlQuery observation(
        m_db, QStringLiteral("INSERT INTO observations (child_id, observed_at, created_at, updated_at, "
                             "author_id, body, kind, restricted) VALUES (:child, :at, :now, :now, "
                             ":author, :body, :kind, 0) RETURNING id"));
    SqlQuery observationDomain(
        m_db, QStringLiteral("INSERT INTO observation_domains (observation_id, domain_id) VALUES (:o, :d)"));
    const std::unique_ptr<SearchIndexFill> searchIndex = m_db.dialect().fillObservationIndexInBulk(m_db);
    for (int o = 0; o < m_size.observations && !m_childIds.isEmpty(); ++o) {
        const qsizetype c = static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(m_childIds.size())));
        const QDateTime at = QDateTime(m_today.addDays(-static_cast<qint64>(m_random.bounded(1, 365))),
                                       QTime(8 + static_cast<int>(m_random.bounded(9)), 0));
        observation.bind(QStringLiteral(":child"), m_childIds[c])
            .bind(QStringLiteral(":at"), sql::moment(at))
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":author"), m_childAuthor[c])
            .bind(QStringLiteral(":body"), sentence(m_random, 25))
            .bind(QStringLiteral(":kind"),
                  m_random.bounded(2) ? QStringLiteral("strength") : QStringLiteral("concern"))
            .exec();
        observationDomain.bind(QStringLiteral(":o"), observation.insertedId())
            .bind(QStringLiteral(":d"), static_cast<qint64>(1 + m_random.bounded(8)))
            .exec();
        ++m_done;
        if (o % 5000 == 0)
            report();
    }
    searchIndex->finish();
}

} // namespace

void SyntheticOrganisation::generate(const Database& db, const SyntheticSize& size, const Progress& progress)
{
    if (size.locations < 1 || size.children < 0 || size.observations < 0 || size.locations > 10'000 ||
        size.children > 10'000'000 || size.observations > 100'000'000)
        throw Error(Error::Kind::Validation,
                    tr("Give at least one location, and no negative or absurdly large numbers."));
    if (UserStore(db).hasUsers())
        throw Error(Error::Kind::Conflict,
                    tr("The synthetic organisation can only be written into an empty database."));

    Transaction transaction(db);
    OrganisationWriter writer(db, size, progress);
    writer.writeLocations();
    writer.writeChildren();
    writer.writeObservations();
    SqlQuery::run(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('synthetic', '1')"));
    transaction.commit();
    db.optimize();
    SqlQuery::run(db, QStringLiteral("ANALYZE"));
    writer.reportDone();
}

} // namespace kz
