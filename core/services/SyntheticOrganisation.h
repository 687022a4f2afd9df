#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace kz {

class Database;

struct SyntheticSize
{
    int locations = 10;
    int children = 1000;
    int observations = 10000;
};

// A large invented organisation for scale tests and benchmarks: groups of about 16 children,
// two needs per three children, observations spread over the last year. Written in one
// transaction with prepared statements; only the first location's accounts get a password.
class SyntheticOrganisation
{
    Q_DECLARE_TR_FUNCTIONS(kz::SyntheticOrganisation)

public:
    using Progress = std::function<void(int percent)>;

    static void generate(const Database& db, const SyntheticSize& size, const Progress& progress = {});
};

} // namespace kz
