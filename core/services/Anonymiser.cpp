#include "Anonymiser.h"

#include <algorithm>

namespace kz {

namespace {

const QString months =
    QStringLiteral("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
                   "january|february|march|may|june|july|august|october|"
                   "jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec");

// Not inside a longer word or number, in any script.
QString whole(const QString& pattern)
{
    return QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + pattern + QStringLiteral(")(?![\\p{L}\\p{N}])");
}

QRegularExpression expression(const QString& pattern,
                              QRegularExpression::PatternOptions extra = QRegularExpression::NoPatternOption)
{
    return QRegularExpression(whole(pattern), QRegularExpression::UseUnicodePropertiesOption | extra);
}

bool alwaysReplaced(IdentifierKind kind)
{
    return kind == IdentifierKind::Date || kind == IdentifierKind::Postcode ||
           kind == IdentifierKind::Contact;
}

} // namespace

Anonymiser::Anonymiser(const QList<IdentifyingTerm>& terms)
{
    const auto caseless = QRegularExpression::CaseInsensitiveOption;
    QSet<QString> seen;
    for (const IdentifyingTerm& t : terms) {
        const QString text = t.text.simplified();
        // One letter or digit is no name; the first kind given for a text wins.
        if (text.size() < 2 || seen.contains(text.toCaseFolded()))
            continue;
        seen.insert(text.toCaseFolded());
        QString escaped = QRegularExpression::escape(text);
        escaped.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        m_patterns.append({expression(escaped, caseless), t.replacement, t.kind});
    }
    const QString date = tr("[date]");
    const QStringList datePatterns = {
        QStringLiteral("\\d{4}-\\d{1,2}-\\d{1,2}(?:T[0-9:.]+Z?)?"),    // 2025-03-14, ISO
        QStringLiteral("\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})"), // 14-03-2025, 14/3/25, 14.3.2025
        QStringLiteral("(?:%1)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}").arg(months), // March 14, 2025
        QStringLiteral("\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+(?:%1)\\.?(?:\\s+\\d{4})?")
            .arg(months),                                               // 14 maart
        QStringLiteral("(?:%1)\\s+\\d{4}").arg(months),                 // maart 2025
        QStringLiteral("(?:0?[1-9]|[12]\\d|3[01])/(?:0?[1-9]|1[0-2])"), // 14/3
        QStringLiteral("(?:19|20)\\d{2}"),                              // a year on its own
    };
    for (const QString& p : datePatterns)
        m_patterns.append({expression(p, caseless), date, IdentifierKind::Date});
    // Dutch postcodes: 2591 TV, 2591TV or 2591tv; never SA, SD or SS.
    m_patterns.append(
        {expression(QStringLiteral("[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}|[1-9]\\d{3}(?!sa|sd|ss)[a-z]{2}")),
         tr("[postcode]"), IdentifierKind::Postcode});
    m_patterns.append({expression(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+")), tr("[e-mail address]"),
                       IdentifierKind::Contact});
    m_patterns.append({expression(QStringLiteral("(?:\\+31|0031|0)[\\s-]?\\d(?:[\\s-]?\\d){8}")),
                       tr("[phone number]"), IdentifierKind::Contact});
}

QList<Anonymiser::Match> Anonymiser::matchesIn(const QString& text) const
{
    QList<Match> all;
    for (int p = 0; p < m_patterns.size(); ++p) {
        auto it = m_patterns.at(p).expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            all.append({m.capturedStart(), m.capturedLength(), p});
        }
    }
    // Leftmost first; at the same place the longest; then the earlier pattern (a known name
    // before a pattern).
    std::sort(all.begin(), all.end(), [](const Match& a, const Match& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.pattern < b.pattern;
    });
    QList<Match> chosen;
    qsizetype end = 0;
    for (const Match& m : all) {
        if (m.start < end)
            continue;
        chosen.append(m);
        end = m.start + m.length;
    }
    return chosen;
}

void Anonymiser::count(const QString& original, const Pattern& pattern)
{
    const QString key = original.simplified().toCaseFolded();
    for (Replacement& r : m_replacements) {
        if (r.key() == key) {
            ++r.count;
            return;
        }
    }
    m_replacements.append(
        {original.simplified(), pattern.replacement, pattern.kind, 1, !alwaysReplaced(pattern.kind)});
}

QString Anonymiser::apply(const QString& text, const QSet<QString>& kept)
{
    QString result;
    qsizetype from = 0;
    for (const Match& m : matchesIn(text)) {
        const QString original = text.mid(m.start, m.length);
        const Pattern& pattern = m_patterns.at(m.pattern);
        count(original, pattern);
        result += text.mid(from, m.start - from);
        const bool keep =
            !alwaysReplaced(pattern.kind) && kept.contains(original.simplified().toCaseFolded());
        result += keep ? original : pattern.replacement;
        from = m.start + m.length;
    }
    result += text.mid(from);
    return result;
}

} // namespace kz
