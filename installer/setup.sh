#!/usr/bin/env bash
# Kindzicht from a fresh Debian 12 checkout, in one command.
#   bash installer/setup.sh run    install what is needed, build, open Kindzicht on the demo database
#   bash installer/setup.sh test   install what is needed, build with warnings as errors, run every test
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

mode="${1:-}"
case "$mode" in
    run | test) ;;
    *)
        echo "usage: bash installer/setup.sh run|test" >&2
        exit 2
        ;;
esac

# Everything Kindzicht needs from Debian 12 (bookworm), for building, testing and running.
packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
    libsodium-dev libgtest-dev libgmock-dev
    postgresql-15 libqt6sql6-psql
    fonts-dejavu-core sqlite3 poppler-utils xvfb xauth
    python3-jsonschema python3-rfc3987
    dpkg-dev lintian desktop-file-utils appstream
    faketime
    clang libclang-rt-14-dev clang-format
    dbus-daemon dbus-bin at-spi2-core python3-pyatspi gir1.2-atspi-2.0
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = test ]; then
    # Before anything is built: the sources match .clang-format, no layer includes a higher one,
    # no file is over 400 lines and no function over 80.
    bash .ci/check-style
    python3 .ci/check-layers
    python3 .ci/check-sizes
    # Configure, build with warnings as errors, and run every test through CTest; the run starts its
    # own throwaway PostgreSQL server, and here its tests may not be skipped.
    KINDZICHT_REQUIRE_POSTGRES=1 cmake --workflow --preset ci
    # The core tests again under AddressSanitizer + UndefinedBehaviorSanitizer (clang), then each
    # reader of outside files fuzzed for a bounded time (README, "Fuzzing", says how to go longer).
    cmake --preset asan
    cmake --build --preset asan -j 2
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$here/tests/fuzz/lsan.supp"
    LC_ALL=C.UTF-8 LANG=C.UTF-8 build/asan/tests/core/kindzicht_core_tests --gtest_brief=1
    for reader in csv hsds backup; do
        corpus="$(mktemp -d)" # new inputs go here; the committed seeds are read only
        echo "Fuzzing the $reader reader for ${KINDZICHT_FUZZ_SECONDS:-60} s"
        "build/asan/tests/fuzz/kindzicht_fuzz_$reader" -max_total_time="${KINDZICHT_FUZZ_SECONDS:-60}" \
            -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$corpus" \
            "tests/fuzz/corpus/$reader"
        rm -rf "$corpus"
    done
    # Dates must never decide whether a test passes: run the date-sensitive suites again with the
    # whole process clock moved far from today (libfaketime), once on a leap day.
    date_sensitive='Demo|Handover|GroupNeeds|Retention|Dossier|SupportNeed|Validator|Referral|Maintenance|CommandLine|Child|Case|Conversation|Parent|Backup|EditConflict'
    for day in "2028-02-29 10:30:00" "2031-12-31 16:45:00"; do
        echo
        echo "== The date-sensitive tests again, as if it were $day =="
        # Without the server (it runs on the real clock): the SQLite half; the pg. half needs it.
        faketime "$day" ctest --preset ci -R "$date_sensitive" -E '^pg[.]' --fixture-exclude-any postgres_server
    done
    exit 0
fi

cmake --preset release
cmake --build --preset release

demo="$here/build/demo/kindzicht-demo.db"
cli="$here/build/release/app/kindzicht-cli"
if [ ! -s "$demo" ]; then
    mkdir -p "$(dirname "$demo")"
    "$cli" --database "$demo" demo
fi

echo
echo "Demo accounts (password: kindzicht-demo): saskia and joost (locatiemanager), fatima, anouk and lotte"
echo "(pedagogisch medewerker), beheer (beheerder), marco (beheerder and locatiemanager)."

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open."
    echo "Running the headless demo through kindzicht-cli instead:"
    echo
    echo "\$ kindzicht-cli --database $demo --user saskia children list"
    KINDZICHT_PASSWORD=kindzicht-demo "$cli" --database "$demo" --user saskia children list
    echo
    echo "\$ kindzicht-cli --database $demo --user fatima children list --group Egeltjes --format csv"
    KINDZICHT_PASSWORD=kindzicht-demo "$cli" --database "$demo" --user fatima children list --group Egeltjes --format csv
    exit 0
fi

exec "$here/build/release/app/kindzicht" --database "$demo"
