#pragma once

#include "ParsedPartner.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kz {

// Reads one HSDS organization into a ParsedPartner, collecting what does not fit with its JSON
// path (PartnerHsds::read runs one per organization; the messages are PartnerHsds's).
class HsdsOrganizationReader
{
public:
    HsdsOrganizationReader(const QJsonObject& object, QString path, ParsedPartner& out);

    void read();

private:
    void readContacts();
    void readAddress();
    void readServices();
    // Status, ages, verification, languages and areas: one partner has one set, the first service's.
    void readFirstService(const QJsonObject& service, const QString& path);
    void readVerification();
    void readTerms(const QList<QJsonObject>& attributes, const QString& path);

    QString text(const QJsonObject& o, const QString& key, const QString& path);
    std::optional<int> number(const QJsonObject& o, const QString& key, const QString& path, bool upper);
    QList<QJsonObject> objects(const QJsonObject& o, const QString& key, const QString& path);
    void problem(const QString& path, const QString& what);
    static QString phoneNumber(QString number);

    const QJsonObject m_object;
    const QString m_path;
    ParsedPartner& m_out;
};

} // namespace kz
