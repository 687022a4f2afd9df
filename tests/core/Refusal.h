#pragma once

#include "Error.h"

#include <gtest/gtest.h>

// The kz::Error a call throws; a failed expectation (and an empty Error) when it throws none.
template <typename F> kz::Error refusalOf(F&& call)
{
    try {
        call();
    } catch (const kz::Error& e) {
        return e;
    }
    ADD_FAILURE() << "expected a kz::Error";
    return kz::Error(kz::Error::Kind::Database, QString());
}
