#pragma once

#include "Child.h"
#include "Clock.h"
#include "Guardian.h"
#include "Observation.h"
#include "Organisation.h"
#include "Partner.h"
#include "Referral.h"
#include "SupportNeed.h"

#include <QCoreApplication>
#include <QDate>

namespace kz {

// The rules a value must satisfy before it is stored. Each check throws kz::Error (Validation)
// with a translated message that names the field, so the person can put it right.
// Rules that need the database (does the domain exist?) live in the stores.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(kz::Validator)

public:
    static constexpr int maxChildAgeYears = 13;
    static constexpr qsizetype maxTextLength = 1'000'000;

    static void check(const Location& location);
    static void check(const Group& group);
    static void check(const Child& child, const QDate& today = Clock::today());
    static void check(const SupportNeed& need, const QDate& today = Clock::today());
    static void check(const Observation& observation, const QDateTime& now = Clock::nowUtc());
    static void check(const Partner& partner);
    static void check(const Referral& referral, const QDate& today = Clock::today());
    static void check(const Guardian& guardian);
    static void checkUsername(const QString& username);
    // At least 10 characters and two kinds (letters, digits, other), or 16 characters of any kind;
    // never the user name itself.
    static void checkPassword(const QString& password, const QString& username);

    static bool isDutchPostcode(const QString& postcode);
    // "2593ab" -> "2593 AB" in the Netherlands; elsewhere trimmed and upper case.
    static QString normalisedPostcode(const QString& postcode, const QString& country);
    static bool isEmail(const QString& email);
    static bool isPhoneNumber(const QString& phone);
    static bool isWebAddress(const QString& url);

private:
    [[noreturn]] static void reject(const QString& message);
    static void requireText(const QString& value, const QString& fieldLabel);
    static void limitText(const QString& value, const QString& fieldLabel);
};

} // namespace kz
