#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kz {

// One thing that makes a text harder than language level B1.
struct PlainLanguageFinding
{
    enum class Kind
    {
        LongSentence,    // more than maxWords words
        ProfessionalTerm // a word of the trade parents do not use
    };
    Kind kind = Kind::LongSentence;
    QString sentence;
    QString term; // the professional term found
    int words = 0;

    QString message() const; // translated, for the practitioner
};

// The B1 check ("taalniveau B1"): sentences of about twelve words or fewer, and none of the words
// professionals use among themselves ("signalering", "niveau 2", "support need", ...). It flags;
// the practitioner rewrites. Words are counted as runs of letters, so a phone number or a date
// does not make a sentence long.
class PlainLanguageCheck
{
    Q_DECLARE_TR_FUNCTIONS(kz::PlainLanguageCheck)

public:
    static constexpr int maxWords = 12;

    // language "nl" or "en": the list of terms for that language (Dutch ones apply to both,
    // since they leak into English texts too).
    static QList<PlainLanguageFinding> check(const QString& text, const QString& language);
    static QStringList sentences(const QString& text);
    static int wordCount(const QString& sentence);
    static QStringList professionalTerms(const QString& language);
};

} // namespace kz
