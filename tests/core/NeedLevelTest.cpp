#include "domain/NeedLevel.h"

#include <gtest/gtest.h>

using namespace kz;

// Every level has words, so no list, dossier or document shows a bare "2".
TEST(NeedLevelTest, EachLevelIsNamedInWords)
{
    EXPECT_EQ(NeedLevel::label(1), QStringLiteral("Level 1 (basic)"));
    EXPECT_EQ(NeedLevel::label(2), QStringLiteral("Level 2 (basic plus)"));
    EXPECT_EQ(NeedLevel::label(3), QStringLiteral("Level 3 (specialised)"));
    for (int level = NeedLevel::lowest; level <= NeedLevel::highest; ++level) {
        EXPECT_FALSE(NeedLevel::name(level).isEmpty()) << level;
        EXPECT_TRUE(NeedLevel::label(level).contains(NeedLevel::name(level))) << level;
        EXPECT_FALSE(NeedLevel::meaning(level).isEmpty()) << level;
    }
    EXPECT_TRUE(NeedLevel::meaning(2).contains(QStringLiteral("categorie 2")));
    EXPECT_TRUE(NeedLevel::meaning(3).contains(QStringLiteral("categorie 3")));
}

TEST(NeedLevelTest, NoLevelHasNoWords)
{
    for (int notALevel : {0, -1, 4})
        EXPECT_TRUE(NeedLevel::label(notALevel).isEmpty()) << notALevel;
    EXPECT_FALSE(NeedLevel::isValid(0));
    EXPECT_TRUE(NeedLevel::isValid(3));
}
