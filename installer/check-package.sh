#!/usr/bin/env bash
# Builds the Debian package from a configured build tree and checks it as a user would meet it:
# lintian without errors, valid desktop and AppStream files, and the unpacked kindzicht-cli runs.
#   bash installer/check-package.sh BUILD_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
source="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/out/kindzicht_*.deb)"
echo "package: $(basename "$deb")"

# Errors fail the check; warnings are shown.
lintian --allow-root --no-tag-display-limit "$deb" | tee "$work/lintian.log"
if grep -q '^E:' "$work/lintian.log"; then
    echo "lintian reported errors" >&2
    exit 1
fi

desktop-file-validate "$source/installer/linux/org.kindzicht.Kindzicht.desktop"
appstreamcli validate --no-net "$build/installer/org.kindzicht.Kindzicht.metainfo.xml"

dpkg-deb -x "$deb" "$work/root"
for file in usr/bin/kindzicht usr/bin/kindzicht-cli usr/share/applications/org.kindzicht.Kindzicht.desktop \
    usr/share/metainfo/org.kindzicht.Kindzicht.metainfo.xml usr/share/man/man1/kindzicht-cli.1.gz \
    usr/share/icons/hicolor/scalable/apps/org.kindzicht.Kindzicht.svg usr/share/doc/kindzicht/copyright; do
    [ -e "$work/root/$file" ] || { echo "missing from the package: $file" >&2; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "Depends lacks libqt6sql6-sqlite" >&2; exit 1; }
dpkg-deb -f "$deb" Recommends | grep -q libqt6sql6-psql || { echo "Recommends lacks libqt6sql6-psql" >&2; exit 1; }
# Printing: shlibdeps finds libqt6printsupport6 (it also carries the CUPS print plugin).
dpkg-deb -f "$deb" Depends | grep -q libqt6printsupport6 || { echo "Depends lacks libqt6printsupport6" >&2; exit 1; }

"$work/root/usr/bin/kindzicht-cli" --version
"$work/root/usr/bin/kindzicht" --version
"$work/root/usr/bin/kindzicht-cli" --database "$work/demo.db" demo
[ "$(sqlite3 "$work/demo.db" 'PRAGMA integrity_check')" = ok ]
echo "package check passed"
