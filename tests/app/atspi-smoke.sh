#!/bin/sh
# What a screen reader on Linux meets: the real kindzicht in a virtual X server, with its own D-Bus
# session and AT-SPI bus, driven by tests/app/atspi_smoke.py. Skipped (77) where the packages are missing.
set -eu
app="$1"
cli="$2"
script="$3"
python=/usr/bin/python3

skip() { echo "SKIP: $1"; exit 77; }
[ -x "$python" ] && "$python" -c 'import pyatspi' 2>/dev/null || skip "python3-pyatspi is not installed"
command -v dbus-run-session >/dev/null || skip "dbus-run-session (dbus-daemon) is not installed"
command -v Xvfb >/dev/null || skip "Xvfb (xvfb) is not installed"
[ -x /usr/libexec/at-spi-bus-launcher ] || [ -x /usr/lib/at-spi2-core/at-spi-bus-launcher ] ||
    skip "at-spi2-core is not installed"

dir=$(mktemp -d)
xvfb=""
trap '[ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null; rm -rf "$dir"' EXIT
mkdir -m 700 "$dir/runtime"
# A home of its own: no remembered user, language or database from the machine's settings.
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" XDG_DATA_HOME="$dir/home/.local/share"
export XDG_RUNTIME_DIR="$dir/runtime" LC_ALL=C.UTF-8 LANG=C.UTF-8
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
"$cli" --database "$dir/demo.db" demo >/dev/null

export QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
# A display of its own: Xvfb picks a free number and writes it (-displayfd), so tests running at
# the same time never share or race for one.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do
    [ -s "$dir/display" ] && break
    sleep 0.1
done
[ -s "$dir/display" ] || { echo "Xvfb did not start:"; cat "$dir/xvfb.log"; exit 1; }
display=$(cat "$dir/display")
# The number is written once the server listens; wait for its socket as well, and make sure the
# server is still there, so a failure below is the application's and not the display's.
# A socket file can be left by a server that was killed; wait until this one accepts a connection.
for _ in $(seq 100); do
    "$python" -c 'import socket, sys; socket.socket(socket.AF_UNIX).connect(sys.argv[1])' \
        "/tmp/.X11-unix/X$display" 2>/dev/null && break
    sleep 0.1
done
kill -0 "$xvfb" 2>/dev/null || { echo "Xvfb stopped after starting:"; cat "$dir/xvfb.log"; exit 1; }
export DISPLAY=":$display"

# The script has deadlines of its own; this outer one stops even a stuck D-Bus call. The buses'
# chatter on stderr is shown only when the test fails.
status=0
timeout -k 5 50 dbus-run-session -- "$python" "$script" "$app" "$dir/demo.db" 2>"$dir/stderr" || status=$?
[ "$status" -eq 0 ] || {
    echo "exit status $status; stderr:"
    cat "$dir/stderr"
    echo "Xvfb on $DISPLAY ($(kill -0 "$xvfb" 2>/dev/null && echo running || echo stopped)):"
    cat "$dir/xvfb.log"
}
exit "$status"
