#!/usr/bin/env bash
# A PostgreSQL 15 server for one test run, reached only through its unix socket: no TCP port, no
# fsync, trust for the local superuser and every other role except the members of kz_password_users,
# who must give their password (scram-sha-256), so the password path is tested for real. CTest
# starts it before the tests that need it and stops it after them (a fixture), so one run has one
# server. The server lives in a fresh folder under /tmp (the postgres account may not enter the
# build tree); DIR/ready, in the build tree, holds its path.
#   throwaway-server.sh start DIR   starts a server; DIR/ready names its folder (= socket folder),
#                                   which holds data/ (the cluster) and server.log
#   throwaway-server.sh stop DIR    stops it and removes both folders
#   throwaway-server.sh down DIR    stops the server of DIR and keeps its folders (a real outage)
#   throwaway-server.sh up DIR      starts it again on the same data and socket folders
# Without PostgreSQL 15 installed, start says so and leaves no DIR/ready: the tests that need the
# server then report themselves skipped (or fail, when KINDZICHT_REQUIRE_POSTGRES=1).
set -euo pipefail

action="${1:?start|stop}"
dir="${2:?folder}"
bin=/usr/lib/postgresql/15/bin

# initdb refuses to run as root: root runs the server as the postgres account.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Starts the cluster in $server with the settings below; the log is appended to.
run() {
    as_owner "$bin/pg_ctl" -D "$server/data" -l "$server/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$server' -c fsync=off \
            -c full_page_writes=off -c wal_recycle=off -c password_encryption=scram-sha-256" \
        start >/dev/null
}

stop() {
    if [ -f "$dir/ready" ]; then
        server="$(cat "$dir/ready")"
        if [ -f "$server/data/postmaster.pid" ]; then
            as_owner "$bin/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        case "$server" in /tmp/kindzicht-pg.*) rm -rf "$server" ;; esac
    fi
    rm -rf "$dir"
}

case "$action" in
    start)
        stop
        if [ ! -x "$bin/initdb" ]; then
            echo "PostgreSQL 15 is not installed ($bin/initdb): the PostgreSQL tests are skipped."
            exit 0
        fi
        if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
            echo "There is no postgres account to run the server: the PostgreSQL tests are skipped."
            exit 0
        fi
        mkdir -p "$dir"
        server="$(mktemp -d /tmp/kindzicht-pg.XXXXXX)"
        chmod 755 "$server"
        [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$server"
        as_owner "$bin/initdb" -D "$server/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
            >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$server"; exit 1; }
        # Members of kz_password_users give their password, as on a real server; the rest keep trust.
        as_owner bash -c 'f="$1/pg_hba.conf"; { printf "%s\n" "local all +kz_password_users scram-sha-256";
            cat "$f"; } >"$f.new" && chmod 600 "$f.new" && mv "$f.new" "$f"' hba "$server/data"
        # The server logs as a default Debian server does (failing statements with their values):
        # a Kindzicht database keeps children's data out of it with its own settings (server init),
        # and a test reads $server/server.log to prove it. Old WAL segments are deleted, not reused,
        # so a test can look for a purged name in every file under $server/data.
        run || { cat "$server/server.log" >&2; rm -rf "$server"; exit 1; }
        "$bin/psql" -h "$server" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE kz_password_users NOLOGIN" >/dev/null ||
            { as_owner "$bin/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null; rm -rf "$server"; exit 1; }
        echo "$server" >"$dir/ready"
        echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is running for the tests at $server."
        ;;
    stop)
        stop
        ;;
    down)
        server="$(cat "$dir/ready")"
        as_owner "$bin/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null
        ;;
    up)
        server="$(cat "$dir/ready")"
        run || { tail -n 20 "$server/server.log" >&2; exit 1; }
        ;;
    *)
        echo "usage: throwaway-server.sh start|stop|down|up DIR" >&2
        exit 2
        ;;
esac
