#!/bin/sh
# A command-line tool's output is its interface: kindzicht-cli prints only what Kindzicht writes,
# also as root without XDG_RUNTIME_DIR (where Qt would otherwise add a notice of its own).
set -eu
cli="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unset XDG_RUNTIME_DIR

"$cli" --version >"$dir/out" 2>"$dir/err"
[ ! -s "$dir/err" ] || { echo "--version wrote to stderr:"; cat "$dir/err"; exit 1; }
[ "$(wc -l <"$dir/out")" -eq 1 ] || { echo "--version printed more than one line:"; cat "$dir/out"; exit 1; }

"$cli" --database "$dir/demo.db" demo >"$dir/out" 2>"$dir/err"
[ ! -s "$dir/err" ] || { echo "demo wrote to stderr:"; cat "$dir/err"; exit 1; }

KINDZICHT_PASSWORD=kindzicht-demo "$cli" --database "$dir/demo.db" --user fatima children list --format csv \
    >"$dir/out" 2>"$dir/err"
[ ! -s "$dir/err" ] || { echo "children list wrote to stderr:"; cat "$dir/err"; exit 1; }
head -n 1 "$dir/out" | grep -q ';\|,' || { echo "children list printed no CSV header:"; head -n 3 "$dir/out"; exit 1; }
echo "kindzicht-cli printed only its own messages"
