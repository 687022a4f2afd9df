#include "PlainLanguageCheck.h"

#include <QRegularExpression>

namespace kz {

namespace {

// A term ending in '*' also matches longer words that start with it ("signalering*" finds
// "signaleringen"); other terms match whole words only, so "VE" does not find "veel".
const QStringList dutchTerms = {
    QStringLiteral("signaler*"),
    QStringLiteral("niveau*"),
    QStringLiteral("domein*"),
    QStringLiteral("ontwikkelingsgebied*"),
    QStringLiteral("VE"),
    QStringLiteral("VVE"),
    QStringLiteral("VE-indicatie"),
    QStringLiteral("indicatie*"),
    QStringLiteral("categorie*"),
    QStringLiteral("basisondersteuning*"),
    QStringLiteral("zorgniveau*"),
    QStringLiteral("zorgbehoefte*"),
    QStringLiteral("ondersteuningsbehoefte*"),
    QStringLiteral("verwijzing*"),
    QStringLiteral("doorverwijz*"),
    QStringLiteral("interventie*"),
    QStringLiteral("casus"),
    QStringLiteral("casuïstiek"),
    QStringLiteral("escalatie*"),
    QStringLiteral("escaleren"),
    QStringLiteral("meldcode"),
    QStringLiteral("sociaal-emotione*"),
    QStringLiteral("motoriek"),
    QStringLiteral("motorisch*"),
    QStringLiteral("stimulering"),
    QStringLiteral("observatie*"),
    QStringLiteral("evaluatie*"),
    QStringLiteral("dossier*"),
    QStringLiteral("taalachterstand*"),
    QStringLiteral("achterstand*"),
    QStringLiteral("diagnos*"),
    QStringLiteral("cognitie*"),
    QStringLiteral("pedagogisch*"),
    QStringLiteral("overdracht*"),
};

const QStringList englishTerms = {
    QStringLiteral("support need*"),
    QStringLiteral("signal*"),
    QStringLiteral("level 1"),
    QStringLiteral("level 2"),
    QStringLiteral("level 3"),
    QStringLiteral("domain*"),
    QStringLiteral("development domain*"),
    QStringLiteral("VE indication"),
    QStringLiteral("indication"),
    QStringLiteral("referral*"),
    QStringLiteral("refer"),
    QStringLiteral("referred"),
    QStringLiteral("intervention*"),
    QStringLiteral("escalat*"),
    QStringLiteral("socio-emotional"),
    QStringLiteral("social-emotional"),
    QStringLiteral("motor skills"),
    QStringLiteral("cognitive"),
    QStringLiteral("observation*"),
    QStringLiteral("evaluation*"),
    QStringLiteral("assessment*"),
    QStringLiteral("case"),
    QStringLiteral("file"),
    QStringLiteral("diagnos*"),
    QStringLiteral("early childhood education"),
    QStringLiteral("handover*"),
    QStringLiteral("pedagogic*"),
};

QRegularExpression patternFor(const QString& term)
{
    QString body = term;
    const bool prefix = body.endsWith(QLatin1Char('*'));
    if (prefix)
        body.chop(1);
    const QString escaped = QRegularExpression::escape(body);
    return QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}])") + escaped +
            (prefix ? QStringLiteral("[\\p{L}-]*") : QStringLiteral("(?![\\p{L}\\p{N}])")),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

QString PlainLanguageFinding::message() const
{
    if (kind == Kind::LongSentence)
        return PlainLanguageCheck::tr("Long sentence (%1 words; keep to about %2): %3")
            .arg(words)
            .arg(PlainLanguageCheck::maxWords)
            .arg(sentence);
    return PlainLanguageCheck::tr("Professional word \"%1\": say it in everyday words. %2")
        .arg(term, sentence);
}

QStringList PlainLanguageCheck::professionalTerms(const QString& language)
{
    return language == QLatin1String("en") ? englishTerms + dutchTerms : dutchTerms;
}

QStringList PlainLanguageCheck::sentences(const QString& text)
{
    // A sentence ends at . ! ? or a line break; a full stop inside a number or an address
    // ("info@kind.nl", "3.5") is not an end.
    static const QRegularExpression end(QStringLiteral("[.!?]+(?=\\s|$)|\\n"));
    QStringList result;
    for (const QString& part : text.split(end, Qt::SkipEmptyParts)) {
        QString sentence = part.trimmed();
        while (sentence.startsWith(QLatin1Char('-')) || sentence.startsWith(QChar(0x2022)))
            sentence = sentence.mid(1).trimmed();
        if (!sentence.isEmpty())
            result.append(sentence);
    }
    return result;
}

int PlainLanguageCheck::wordCount(const QString& sentence)
{
    static const QRegularExpression word(QStringLiteral("\\S*\\p{L}\\S*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    auto it = word.globalMatch(sentence);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QList<PlainLanguageFinding> PlainLanguageCheck::check(const QString& text, const QString& language)
{
    static const auto compile = [](const QStringList& terms) {
        QList<QPair<QString, QRegularExpression>> patterns;
        for (const QString& term : terms)
            patterns.append({term, patternFor(term)});
        return patterns;
    };
    static const auto dutch = compile(professionalTerms(QStringLiteral("nl")));
    static const auto english = compile(professionalTerms(QStringLiteral("en")));
    const auto& patterns = language == QLatin1String("en") ? english : dutch;
    QList<PlainLanguageFinding> findings;
    for (const QString& sentence : sentences(text)) {
        const int words = wordCount(sentence);
        if (words > maxWords)
            findings.append({PlainLanguageFinding::Kind::LongSentence, sentence, {}, words});
        for (const auto& [term, pattern] : patterns) {
            const QRegularExpressionMatch match = pattern.match(sentence);
            if (match.hasMatch()) {
                findings.append(
                    {PlainLanguageFinding::Kind::ProfessionalTerm, sentence, match.captured(), words});
                break; // one term per sentence is enough to send the practitioner there
            }
        }
    }
    return findings;
}

} // namespace kz
