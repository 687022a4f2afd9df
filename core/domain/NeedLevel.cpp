#include "NeedLevel.h"

namespace kz {

QString NeedLevel::name(int level)
{
    switch (level) {
    case 1:
        return tr("basic");
    case 2:
        return tr("basic plus");
    case 3:
        return tr("specialised");
    default:
        return {};
    }
}

QString NeedLevel::label(int level)
{
    if (!isValid(level))
        return {};
    return tr("Level %1 (%2)").arg(level).arg(name(level));
}

QString NeedLevel::meaning(int level)
{
    switch (level) {
    case 1:
        return tr("Basic support: what every child gets in the group.");
    case 2:
        return tr("Basic plus (categorie 2): a little extra in the group, with the parents, sometimes with a "
                  "partner.");
    case 3:
        return tr(
            "Specialised (categorie 3): this child needs specialised support from outside the location.");
    default:
        return {};
    }
}

} // namespace kz
