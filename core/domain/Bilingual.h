#pragma once

#include <QString>
#include <cstddef>
#include <cstring>

namespace kz {

// A text in the two languages a document can be written in. Documents for a school choose their
// language themselves, independent of the interface translation.
struct BilingualText
{
    const char* key;
    const char* nl;
    const char* en;
};

// The text for `key` in "nl" or "en" (anything else reads as Dutch); the key when it is missing.
template <std::size_t N>
QString bilingual(const BilingualText (&table)[N], const char* key, const QString& language)
{
    for (const BilingualText& t : table)
        if (std::strcmp(t.key, key) == 0)
            return QString::fromUtf8(language == QLatin1String("en") ? t.en : t.nl);
    return QString::fromLatin1(key);
}

} // namespace kz
