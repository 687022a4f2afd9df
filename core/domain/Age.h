#pragma once

#include <QDate>

namespace kz {

// A child's age in whole years and months, as people on the floor say it ("3 jaar en 2 maanden").
struct Age
{
    int years = 0;
    int months = 0;

    int totalMonths() const { return years * 12 + months; }

    static Age between(const QDate& birth, const QDate& on)
    {
        if (!birth.isValid() || !on.isValid() || on < birth)
            return {};
        int months = (on.year() - birth.year()) * 12 + (on.month() - birth.month());
        if (on.day() < birth.day())
            --months;
        return {months / 12, months % 12};
    }
};

} // namespace kz
