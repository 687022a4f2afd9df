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
// transaction with prepared statements; the search index is filled once at the end.
// Accounts: admin; directie (manager of every location: the whole organisation); per location
// L a manager managerL and per group G a practitioner pmL-G. admin, directie and the first
// location's accounts have the password DemoDatabase::password ("kindzicht-demo"); the others
// have none and cannot log in.
class SyntheticOrganisation
{
    Q_DECLARE_TR_FUNCTIONS(kz::SyntheticOrganisation)

public:
    static constexpr const char* directieName = "directie";

    using Progress = std::function<void(int percent)>;

    static void generate(const Database& db, const SyntheticSize& size, const Progress& progress = {});
};

} // namespace kz
