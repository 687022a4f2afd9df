#include "SyntheticOrganisation.h"

#include "Clock.h"
#include "DemoTexts.h"
#include "Error.h"
#include "PasswordHasher.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "services/DemoDatabase.h"
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

    QRandomGenerator random(4242u);
    const QDate today = Clock::today();
    const QString now = sql::now();
    const QString passwordHash = PasswordHasher::hash(QString::fromLatin1(DemoDatabase::password));
    Transaction transaction(db);

    SqlQuery user(
        db, QStringLiteral("INSERT INTO users (username, display_name, password_hash, active, created_at) "
                           "VALUES (:name, :display, :hash, 1, :now) RETURNING id"));
    SqlQuery role(db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (:user, :role)"));
    auto addUser = [&](const QString& name, const QString& roleCode, bool withPassword) {
        user.bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":display"), name)
            .bind(QStringLiteral(":hash"), withPassword ? QVariant(passwordHash) : QVariant())
            .bind(QStringLiteral(":now"), now)
            .exec();
        const qint64 id = user.insertedId();
        role.bind(QStringLiteral(":user"), id).bind(QStringLiteral(":role"), roleCode).exec();
        return id;
    };
    addUser(QStringLiteral("admin"), QStringLiteral("admin"), true);

    SqlQuery location(
        db, QStringLiteral(
                "INSERT INTO locations (name, organisation, district, neighbourhood, created_at) "
                "VALUES (:name, 'Synthetisch', 'Haagse Hout', 'Mariahoeve & Marlot', :now) RETURNING id"));
    SqlQuery group(
        db, QStringLiteral("INSERT INTO groups (location_id, name, kind, min_age_months, max_age_months, "
                           "capacity) VALUES (:location, :name, 'kdv', 24, 72, 16) RETURNING id"));
    SqlQuery userLocation(
        db, QStringLiteral("INSERT INTO user_locations (user_id, location_id) VALUES (:u, :l)"));
    SqlQuery userGroup(db, QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (:u, :g)"));
    QList<qint64> groupIds;
    QList<qint64> authorOfGroup;
    // The organisation's management: manager of every location, so it sees every child.
    const qint64 directie = addUser(QString::fromLatin1(directieName), QStringLiteral("manager"), true);
    for (int l = 1; l <= size.locations; ++l) {
        location.bind(QStringLiteral(":name"), QStringLiteral("Locatie %1").arg(l))
            .bind(QStringLiteral(":now"), now)
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
            groupIds.append(groupId);
            authorOfGroup.append(practitioner);
        }
    }

    SqlQuery child(
        db, QStringLiteral(
                "INSERT INTO children (given_name, family_name, birth_date, group_id, start_date, "
                "neighbourhood, home_languages, created_at, updated_at) VALUES (:given, :family, "
                ":birth, :group, :start, 'Mariahoeve & Marlot', 'Nederlands', :now, :now) RETURNING id"));
    SqlQuery need(
        db, QStringLiteral("INSERT INTO support_needs (child_id, domain_id, level, description, status, "
                           "signalled_on, signalled_by, review_date, created_at, updated_at) VALUES (:child, "
                           ":domain, :level, :description, :status, :signalled, :by, :review, :now, :now)"));
    SqlQuery observation(
        db, QStringLiteral("INSERT INTO observations (child_id, observed_at, created_at, updated_at, "
                           "author_id, body, kind, restricted) VALUES (:child, :at, :now, :now, "
                           ":author, :body, :kind, 0) RETURNING id"));
    SqlQuery observationDomain(
        db, QStringLiteral("INSERT INTO observation_domains (observation_id, domain_id) VALUES (:o, :d)"));
    const int total = size.children + size.observations;
    int done = 0;
    int lastPercent = -1;
    auto report = [&] {
        const int percent = total > 0 ? static_cast<int>(100LL * done / total) : 100;
        if (progress && percent != lastPercent)
            progress(lastPercent = percent);
    };

    QList<qint64> childIds;
    QList<qint64> childAuthor;
    childIds.reserve(size.children);
    for (int c = 0; c < size.children; ++c) {
        const qsizetype g = c % groupIds.size();
        const DemoName name = demoName(random);
        const QDate birth = today.addDays(-static_cast<qint64>(random.bounded(2 * 365 + 20, 6 * 365)));
        child.bind(QStringLiteral(":given"), name.given)
            .bind(QStringLiteral(":family"), name.family)
            .bind(QStringLiteral(":birth"), sql::date(birth))
            .bind(QStringLiteral(":group"), groupIds[g])
            .bind(QStringLiteral(":start"), sql::date(birth.addMonths(12)))
            .bind(QStringLiteral(":now"), now)
            .exec();
        const qint64 childId = child.insertedId();
        childIds.append(childId);
        childAuthor.append(authorOfGroup[g]);
        for (int n = 0; n < (c % 3 == 0 ? 0 : 1) + (c % 3 == 2 ? 1 : 0); ++n) {
            const QDate signalled = today.addDays(-static_cast<qint64>(random.bounded(1, 360)));
            const bool closed = random.bounded(100) < 30;
            need.bind(QStringLiteral(":child"), childId)
                .bind(QStringLiteral(":domain"), static_cast<qint64>(1 + random.bounded(8)))
                .bind(QStringLiteral(":level"), 1 + static_cast<int>(random.bounded(100) < 70) +
                                                    static_cast<int>(random.bounded(100) < 8))
                .bind(QStringLiteral(":description"), sentence(random, 8))
                .bind(QStringLiteral(":status"),
                      closed ? QStringLiteral("closed") : QStringLiteral("signalled"))
                .bind(QStringLiteral(":signalled"), sql::date(signalled))
                .bind(QStringLiteral(":by"), authorOfGroup[g])
                .bind(QStringLiteral(":review"), sql::date(signalled.addDays(90)))
                .bind(QStringLiteral(":now"), now)
                .exec();
        }
        ++done;
        if (c % 1000 == 0)
            report();
    }
    const std::unique_ptr<SearchIndexFill> searchIndex = db.dialect().fillObservationIndexInBulk(db);
    for (int o = 0; o < size.observations && !childIds.isEmpty(); ++o) {
        const qsizetype c = static_cast<qsizetype>(random.bounded(static_cast<quint32>(childIds.size())));
        const QDateTime at = QDateTime(today.addDays(-static_cast<qint64>(random.bounded(1, 365))),
                                       QTime(8 + static_cast<int>(random.bounded(9)), 0));
        observation.bind(QStringLiteral(":child"), childIds[c])
            .bind(QStringLiteral(":at"), sql::moment(at))
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":author"), childAuthor[c])
            .bind(QStringLiteral(":body"), sentence(random, 25))
            .bind(QStringLiteral(":kind"),
                  random.bounded(2) ? QStringLiteral("strength") : QStringLiteral("concern"))
            .exec();
        observationDomain.bind(QStringLiteral(":o"), observation.insertedId())
            .bind(QStringLiteral(":d"), static_cast<qint64>(1 + random.bounded(8)))
            .exec();
        ++done;
        if (o % 5000 == 0)
            report();
    }
    searchIndex->finish();
    SqlQuery::run(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('synthetic', '1')"));
    transaction.commit();
    db.optimize();
    SqlQuery::run(db, QStringLiteral("ANALYZE"));
    done = total;
    report();
}

} // namespace kz
