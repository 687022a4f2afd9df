#pragma once

#include <QCoreApplication>
#include <QString>

namespace kz {

// The three levels of a support need in words, so no screen, list or document shows a bare number:
// 1 basic support, 2 basic plus ("categorie 2", the focus), 3 specialised ("categorie 3").
class NeedLevel
{
    Q_DECLARE_TR_FUNCTIONS(kz::NeedLevel)

public:
    static constexpr int lowest = 1;
    static constexpr int highest = 3;

    static bool isValid(int level) { return level >= lowest && level <= highest; }
    // "Level 2 (basic plus)"; empty for a value that is not a level.
    static QString label(int level);
    // "basic plus": the word alone, for a column that already says "level".
    static QString name(int level);
    // What the level means for the child, one sentence (tooltips, the level field's help).
    static QString meaning(int level);
};

} // namespace kz
