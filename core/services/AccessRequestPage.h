#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kz {

// The inzage as the parents read it: an HTML page in the language of the interface (or of the
// command line's --language), with words instead of codes, local dates and times, and at the top
// what the page holds and what the parents may ask. The words keep the context of AccessRequest.
class AccessRequestPage
{
    Q_DECLARE_TR_FUNCTIONS(kz::AccessRequest)

public:
    explicit AccessRequestPage(const QJsonObject& everything) : m_all(everything) {}

    QString html() const;

private:
    QString introduction() const;
    QString child() const;
    QString guardians() const;
    QString moves() const;
    QString needs() const;
    QString needHistory(const QJsonObject& need) const;
    QString observations() const;
    QString referrals() const;
    QString handovers() const;
    QString accessLog() const;
    QJsonArray list(const char* key) const;

    QJsonObject m_all;
};

} // namespace kz
