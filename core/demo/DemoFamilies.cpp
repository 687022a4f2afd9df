#include "DemoFamilies.h"

#include "DemoTexts.h"
#include "domain/Guardian.h"
#include "store/GuardianStore.h"

#include <QRandomGenerator>
#include <QStringList>

namespace kz {

namespace {

// The language a parent would choose for a conversation, from the family's home languages.
QString preferredLanguage(const QStringList& languages, QRandomGenerator& random)
{
    if (languages.isEmpty())
        return QStringLiteral("Nederlands");
    if (languages.size() > 1 && random.bounded(100u) < 30)
        return languages.last();
    return languages.constFirst();
}

} // namespace

int addDemoGuardians(const Database& db, const Actor& manager, const Child& child)
{
    QRandomGenerator random(static_cast<quint32>(child.id) * 7919u + 17u);
    QStringList languages = child.homeLanguages.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& language : languages)
        language = language.trimmed();
    const int count = random.bounded(100u) < 70 ? 2 : 1;
    const QStringList relations{QStringLiteral("moeder"), QStringLiteral("vader")};
    GuardianStore guardians(db);
    for (int i = 0; i < count; ++i) {
        Guardian g;
        g.childId = child.id;
        g.relation = relations[(static_cast<int>(child.id) + i) % 2];
        g.name = demoName(random).given + QLatin1Char(' ') + child.familyName;
        g.preferredLanguage = preferredLanguage(languages, random);
        const bool dutchOrEnglish = g.preferredLanguage == QLatin1String("Nederlands") ||
                                    g.preferredLanguage == QLatin1String("Engels");
        g.interpreterNeeded = !dutchOrEnglish && random.bounded(100u) < 60;
        guardians.add(manager, g);
    }
    return count;
}

} // namespace kz
