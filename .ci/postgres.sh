#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster on loopback for the tests.
#   bash .ci/postgres.sh start   → prints the connection string (also written to .ci/.postgres-connection)
#   bash .ci/postgres.sh stop
# Installs Debian's postgresql package when it is missing. PostgreSQL refuses to run as root,
# so the cluster belongs to the 'postgres' user.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${TDB_PG_PORT:-55432}"
data="${TDB_PG_DATA:-/tmp/tdb-postgres-$port}"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

case "${1:-}" in
  start)
    if [ -z "$(bindir)" ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq postgresql >/dev/null
    fi
    bin="$(bindir)"
    run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    if [ -f "$data/postmaster.pid" ]; then run "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$data"; mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
    run "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
    run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$data -c fsync=on -c max_connections=300" start >/dev/null
    conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "$conn" > "$here/.postgres-connection"
    echo "$conn"
    ;;
  stop)
    bin="$(bindir)"
    if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
      if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null; else "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null; fi
    fi
    rm -f "$here/.postgres-connection"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
