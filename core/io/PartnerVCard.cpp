#include "PartnerVCard.h"

#include <QHash>
#include <QUuid>

namespace kz {

namespace {

class CardWriter
{
public:
    explicit CardWriter(PartnerVCard::Version version) : m_v4(version == PartnerVCard::Version::V4) {}

    void begin(const QString& uid, bool organisation)
    {
        line(QStringLiteral("BEGIN:VCARD"));
        line(m_v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
        if (m_v4)
            line(organisation ? QStringLiteral("KIND:org") : QStringLiteral("KIND:individual"));
        line(QStringLiteral("UID:urn:uuid:") + uid);
    }
    void end() { line(QStringLiteral("END:VCARD")); }

    void text(const QString& name, const QString& value)
    {
        if (!value.trimmed().isEmpty())
            line(name + QLatin1Char(':') + PartnerVCard::escape(value.trimmed()));
    }
    void compound(const QString& name, const QStringList& components)
    {
        QStringList escaped;
        for (const QString& c : components)
            escaped.append(PartnerVCard::escape(c.trimmed()));
        line(name + QLatin1Char(':') + escaped.join(QLatin1Char(';')));
    }
    void phone(const QString& number)
    {
        if (!number.trimmed().isEmpty())
            line((m_v4 ? QStringLiteral("TEL;TYPE=work,voice:") : QStringLiteral("TEL;TYPE=WORK,VOICE:")) +
                 PartnerVCard::escape(number.trimmed()));
    }
    void email(const QString& address)
    {
        if (!address.trimmed().isEmpty())
            line((m_v4 ? QStringLiteral("EMAIL;TYPE=work:") : QStringLiteral("EMAIL;TYPE=INTERNET,WORK:")) +
                 PartnerVCard::escape(address.trimmed()));
    }
    void line(const QString& content) { m_out += PartnerVCard::fold(content.toUtf8()); }

    bool v4() const { return m_v4; }
    QByteArray result() const { return m_out; }

private:
    bool m_v4;
    QByteArray m_out;
};

} // namespace

QString PartnerVCard::escape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray PartnerVCard::fold(const QByteArray& line)
{
    QByteArray out;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < line.size();) {
        // The length of this UTF-8 character, so a fold never splits it.
        const auto lead = static_cast<unsigned char>(line.at(i));
        const qsizetype length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (lineLength + length > 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += line.mid(i, length);
        lineLength += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray PartnerVCard::write(const QList<Partner>& partners, const QList<PartnerCategory>& categories,
                               Version version, const QString& language)
{
    QHash<QString, QString> labels;
    for (const PartnerCategory& c : categories)
        labels.insert(c.code, language == QLatin1String("en") ? c.labelEn : c.labelNl);
    CardWriter w(version);
    for (const Partner& p : partners) {
        w.begin(p.hsdsId, true);
        w.text(QStringLiteral("FN"), p.name);
        if (!w.v4())
            w.compound(QStringLiteral("N"), {p.name, {}, {}, {}, {}});
        w.compound(QStringLiteral("ORG"), {p.name});
        w.phone(p.phone);
        w.email(p.email);
        w.text(QStringLiteral("URL"), p.website);
        if (!p.address.isEmpty() || !p.postcode.isEmpty() || !p.city.isEmpty())
            w.compound(w.v4() ? QStringLiteral("ADR;TYPE=work") : QStringLiteral("ADR;TYPE=WORK"),
                       {{}, {}, p.address, p.city, {}, p.postcode, p.country});
        w.text(QStringLiteral("CATEGORIES"), labels.value(p.categoryCode, p.categoryCode));
        w.text(QStringLiteral("NOTE"), p.description);
        w.end();
        for (qsizetype i = 0; i < p.contacts.size(); ++i) {
            const PartnerContact& c = p.contacts.at(i);
            w.begin(QUuid::createUuidV5(QUuid(p.hsdsId), QStringLiteral("contact/%1").arg(i))
                        .toString(QUuid::WithoutBraces),
                    false);
            w.text(QStringLiteral("FN"), c.name);
            const qsizetype space = c.name.lastIndexOf(QLatin1Char(' '));
            w.compound(QStringLiteral("N"), {space > 0 ? c.name.mid(space + 1) : c.name,
                                             space > 0 ? c.name.left(space) : QString(),
                                             {},
                                             {},
                                             {}});
            w.compound(QStringLiteral("ORG"), {p.name});
            w.text(QStringLiteral("TITLE"), c.role);
            w.phone(c.phone);
            w.email(c.email);
            w.end();
        }
    }
    return w.result();
}

} // namespace kz
