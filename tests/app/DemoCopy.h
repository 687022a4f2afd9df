#pragma once

#include <QString>

namespace kz::test {

// Puts today's demo database at `path`. The demo is built once per test binary and date, in a
// folder beside the binary, and copied from there: nearly every GUI and command-line test starts
// from the demo, and only the tests of `demo` itself need to watch it being made.
void copyDemo(const QString& path);

} // namespace kz::test
